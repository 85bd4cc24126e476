package com.homeservices.dw.jobs.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import com.homeservices.dw.reports.Language;
import java.io.StringWriter;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web archive's pages: Mustache templates in {@code web/} (every value HTML-escaped unless a template says
 * otherwise, and none does), their words from {@code web/texts} in the reader's language.
 */
final class Pages {

    private final MustacheFactory templates = new DefaultMustacheFactory("web");
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    /** {@code page} ({@code report} for {@code web/report.mustache}) filled with {@code model} and the words. */
    String render(String page, Language language, Map<String, Object> model) {
        Map<String, Object> scope = new HashMap<>(model);
        scope.put("t", words(language));
        scope.put("lang", language == Language.ZH ? "zh-CN" : "en");
        StringWriter out = new StringWriter();
        compiled.computeIfAbsent(page, name -> templates.compile(name + ".mustache")).execute(out, scope);
        return out.toString();
    }

    /** The words of the pages in {@code language}, by key, its dots as underscores (a dot is a path in Mustache). */
    static Map<String, String> words(Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle("web.texts", language.locale());
        Map<String, String> words = new HashMap<>();
        for (Enumeration<String> keys = bundle.getKeys(); keys.hasMoreElements(); ) {
            String key = keys.nextElement();
            words.put(key.replace('.', '_'), bundle.getString(key));
        }
        return words;
    }
}
