package org.carersdirectory.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.IntSetting;
import org.elasticsearch.plugin.settings.StringSetting;

import java.util.Locale;
import java.util.function.UnaryOperator;

/** Token filters: accent folding, n-grams and stemming, with the names and settings Elasticsearch documents. */
public final class TokenFilters {
    private TokenFilters() {}

    @AnalysisSettings
    public interface FoldingSettings {
        @BooleanSetting(path = "preserve_original", defaultValue = false)
        boolean preserveOriginal();
    }

    @NamedComponent("asciifolding")
    public static final class AsciiFolding implements TokenFilterFactory {
        private final boolean preserveOriginal;

        @Inject
        public AsciiFolding(FoldingSettings settings) {
            preserveOriginal = settings.preserveOriginal();
        }

        @Override
        public TokenStream create(TokenStream in) {
            return new ASCIIFoldingFilter(in, preserveOriginal);
        }

        /** Query terms that skip analysis (prefix, wildcard, fuzzy) are folded too, or "café*" would miss. */
        @Override
        public TokenStream normalize(TokenStream in) {
            return new ASCIIFoldingFilter(in, false);
        }
    }

    @AnalysisSettings
    public interface GramSettings {
        @IntSetting(path = "min_gram", defaultValue = 1)
        int minGram();

        @IntSetting(path = "max_gram", defaultValue = 2)
        int maxGram();

        @BooleanSetting(path = "preserve_original", defaultValue = false)
        boolean preserveOriginal();
    }

    static void checkGrams(int min, int max) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("n-grams need 1 <= min_gram <= max_gram, not " + min + " and " + max);
        }
    }

    @NamedComponent("ngram")
    public static final class NGram implements TokenFilterFactory {
        private final int min;
        private final int max;
        private final boolean preserveOriginal;

        @Inject
        public NGram(GramSettings settings) {
            checkGrams(settings.minGram(), settings.maxGram());
            min = settings.minGram();
            max = settings.maxGram();
            preserveOriginal = settings.preserveOriginal();
        }

        @Override
        public TokenStream create(TokenStream in) {
            return new NGramTokenFilter(in, min, max, preserveOriginal);
        }
    }

    @NamedComponent("edge_ngram")
    public static final class EdgeNGram implements TokenFilterFactory {
        private final int min;
        private final int max;
        private final boolean preserveOriginal;

        @Inject
        public EdgeNGram(GramSettings settings) {
            checkGrams(settings.minGram(), settings.maxGram());
            min = settings.minGram();
            max = settings.maxGram();
            preserveOriginal = settings.preserveOriginal();
        }

        @Override
        public TokenStream create(TokenStream in) {
            return new EdgeNGramTokenFilter(in, min, max, preserveOriginal);
        }
    }

    @AnalysisSettings
    public interface StemmerSettings {
        @StringSetting(path = "language", defaultValue = "english")
        String language();
    }

    /** English stemmers by Elasticsearch's names; any other language by its Snowball stemmer ("german", ...). */
    static UnaryOperator<TokenStream> stemmer(String language) {
        switch (language.toLowerCase(Locale.ROOT)) {
            case "english":
            case "porter":
                return PorterStemFilter::new;
            case "light_english":
            case "kstem":
                return KStemFilter::new;
            case "minimal_english":
                return EnglishMinimalStemFilter::new;
            case "possessive_english":
                return EnglishPossessiveFilter::new;
            default:
                String lower = language.toLowerCase(Locale.ROOT);
                String name = lower.isEmpty() ? "" : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
                try {
                    ClassLoader lucene = SnowballFilter.class.getClassLoader();
                    Class.forName("org.tartarus.snowball.ext." + name + "Stemmer", false, lucene);
                } catch (ClassNotFoundException e) {
                    throw new IllegalArgumentException("no stemmer for language [" + language + "]");
                }
                return in -> new SnowballFilter(in, name);
        }
    }

    @NamedComponent("stemmer")
    public static final class Stemmer implements TokenFilterFactory {
        private final UnaryOperator<TokenStream> stemmer;

        @Inject
        public Stemmer(StemmerSettings settings) {
            stemmer = stemmer(settings.language());
        }

        @Override
        public TokenStream create(TokenStream in) {
            return stemmer.apply(in);
        }
    }

    @NamedComponent("porter_stem")
    public static final class PorterStem implements TokenFilterFactory {
        @Override
        public TokenStream create(TokenStream in) {
            return new PorterStemFilter(in);
        }
    }
}
