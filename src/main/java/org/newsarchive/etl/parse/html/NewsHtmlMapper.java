package org.newsarchive.etl.parse.html;

import java.util.Locale;
import java.util.Set;

import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.newsarchive.etl.parse.PageNode;

/**
 * Tika's default HTML mapper drops the elements that tell article text from page furniture
 * ({@code article}, {@code nav}, {@code figure}, {@code figcaption}, ...) and every
 * {@code class} and {@code id}. This mapper keeps them, so that the block handler can record
 * where each block stood on the page.
 */
public class NewsHtmlMapper extends DefaultHtmlMapper {

    static final Set<String> KEPT_ELEMENTS = Set.of("div", "article", "main", "section", "address", "nav", "header",
            "footer", "aside", "figure", "figcaption", "time", "span", "form", "button", "label",
            "menu", "summary", "details", "picture", "cite", "small", "strong", "em", "b", "i",
            "u", "sup", "sub", "blockquote", "q", "dialog", "template");

    @Override
    public String mapSafeElement(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (KEPT_ELEMENTS.contains(lower)) {
            return lower;
        }
        return super.mapSafeElement(name);
    }

    @Override
    public String mapSafeAttribute(String elementName, String attributeName) {
        String lower = attributeName.toLowerCase(Locale.ROOT);
        if (lower.equals("class") || lower.equals("id") || lower.equals("itemprop")
                || lower.equals("role") || lower.equals("datetime") || lower.equals("hidden")
                || lower.equals("aria-hidden") || lower.equals("style") || lower.equals("itemtype")
                || lower.equals("open") || lower.equals("popover") || PageNode.isGraphicAttribute(lower)) {
            return lower;
        }
        return super.mapSafeAttribute(elementName, attributeName);
    }
}
