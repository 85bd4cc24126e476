package com.homeservices.dw.reports;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words around a worked-out figure's formula, in the reader's language ({@code reports/formulas_*.properties}):
 * the column names and numbers stay as they are, as the exports' headings do.
 */
final class FormulaWords {

    private final ResourceBundle bundle;

    FormulaWords(Language language) {
        this.bundle = ResourceBundle.getBundle("reports/formulas", language.locale());
    }

    /** The pattern {@code key} with {@code values} filled in, each as its text. */
    String say(String key, Object... values) {
        Object[] texts = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            texts[i] = String.valueOf(values[i]);
        }
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(texts);
    }

    /** {@code key}'s pattern filled in, or {@code otherwise} where the bundle has no such key (a policy's own words). */
    String sayOr(String key, String otherwise, Object... values) {
        try {
            return say(key, values);
        } catch (MissingResourceException e) {
            return otherwise;
        }
    }
}
