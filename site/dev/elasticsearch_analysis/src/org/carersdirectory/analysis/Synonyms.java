package org.carersdirectory.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.List;

/**
 * Synonym filters with inline rules in Solr's format ("a, b, c" or "a => b"); no rule files.
 *
 * <p>Elasticsearch reads the rules with the analyzer chain before the filter, which the stable API does not
 * show a plugin. Here they are read with the standard tokenizer and lowercased, so put the filter after
 * {@code lowercase} (as one usually does).
 */
public final class Synonyms {
    private Synonyms() {}

    @AnalysisSettings
    public interface SynonymSettings {
        @ListSetting(path = "synonyms")
        List<String> rules();

        @BooleanSetting(path = "expand", defaultValue = true)
        boolean expand();
    }

    /** The rules as Lucene's synonym map, or null when there are none (Lucene's filters refuse an empty map). */
    static SynonymMap parse(SynonymSettings settings) {
        if (settings.rules().isEmpty()) {
            return null;
        }
        Analyzer words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }
        };
        try (words) {
            SolrSynonymParser parser = new SolrSynonymParser(true, settings.expand(), words);
            parser.parse(new StringReader(String.join("\n", settings.rules())));
            return parser.build();
        } catch (IOException | ParseException e) {
            throw new IllegalArgumentException("cannot read the synonym rules: " + e.getMessage(), e);
        }
    }

    /** For index time as well as search time: emits a flat token stream. */
    @NamedComponent("synonym")
    public static final class Synonym implements TokenFilterFactory {
        private final SynonymMap map;

        @Inject
        public Synonym(SynonymSettings settings) {
            map = parse(settings);
        }

        @Override
        @SuppressWarnings("deprecation")
        public TokenStream create(TokenStream in) {
            return map == null ? in : new SynonymFilter(in, map, true);
        }
    }

    /** Multi-word synonyms as a token graph, for search-time analyzers. */
    @NamedComponent("synonym_graph")
    public static final class SynonymGraph implements TokenFilterFactory {
        private final SynonymMap map;

        @Inject
        public SynonymGraph(SynonymSettings settings) {
            map = parse(settings);
        }

        @Override
        public TokenStream create(TokenStream in) {
            return map == null ? in : new SynonymGraphFilter(in, map, true);
        }
    }
}
