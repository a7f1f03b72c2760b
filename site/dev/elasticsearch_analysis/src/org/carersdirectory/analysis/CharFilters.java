package org.carersdirectory.analysis;

import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;

import java.io.Reader;
import java.util.List;
import java.util.Set;

/** Character filters: text from HTML. */
public final class CharFilters {
    private CharFilters() {}

    @AnalysisSettings
    public interface HtmlStripSettings {
        /** Tags left in the text as they are. */
        @ListSetting(path = "escaped_tags")
        List<String> escapedTags();
    }

    @NamedComponent("html_strip")
    public static final class HtmlStrip implements CharFilterFactory {
        private final Set<String> escapedTags;

        @Inject
        public HtmlStrip(HtmlStripSettings settings) {
            escapedTags = Set.copyOf(settings.escapedTags());
        }

        @Override
        public Reader create(Reader reader) {
            return new HTMLStripCharFilter(reader, escapedTags.isEmpty() ? null : escapedTags);
        }
    }
}
