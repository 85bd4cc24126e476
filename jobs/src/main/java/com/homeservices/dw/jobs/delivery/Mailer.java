package com.homeservices.dw.jobs.delivery;

import com.homeservices.dw.jobs.config.DwConfig;
import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/** Sends a message with attachments over SMTP (Jakarta Mail, Eclipse Angus): STARTTLS and a login as configured. */
public class Mailer {

    private final DwConfig.Mail settings;
    private final String password;

    /** @param password the SMTP login's password, or null when the server asks for none */
    public Mailer(DwConfig.Mail settings, String password) {
        this.settings = settings;
        this.password = password;
    }

    /** Sends the message; a refusal (the server's, or an address that is not one) is thrown. */
    public void send(String to, String subject, String body, List<Path> attachments) throws MessagingException {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", settings.host());
        properties.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        properties.setProperty("mail.smtp.auth", Boolean.toString(settings.username() != null));
        properties.setProperty("mail.smtp.connectiontimeout", "30000");
        properties.setProperty("mail.smtp.timeout", "60000");
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, StandardCharsets.UTF_8.name());
        parts.addBodyPart(text);
        for (Path file : attachments) {
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new FileDataSource(file.toFile())));
            try {
                attachment.setFileName(MimeUtility.encodeText(file.getFileName().toString(), "UTF-8", null));
            } catch (UnsupportedEncodingException e) {
                throw new MessagingException("cannot name the attachment " + file.getFileName(), e);
            }
            parts.addBodyPart(attachment);
        }
        message.setContent(parts);
        if (settings.username() != null) {
            Transport.send(message, settings.username(), password);
        } else {
            Transport.send(message);
        }
    }
}
