package org.carersdirectory.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LetterTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.util.AttributeFactory;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.IntSetting;
import org.elasticsearch.plugin.settings.ListSetting;

import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/** Tokenizers: n-grams of whole text, and splitting on whitespace, on non-letters, or not at all. */
public final class Tokenizers {
    private Tokenizers() {}

    @AnalysisSettings
    public interface GramSettings {
        @IntSetting(path = "min_gram", defaultValue = 1)
        int minGram();

        @IntSetting(path = "max_gram", defaultValue = 2)
        int maxGram();

        /** Which characters grams are made of (letter, digit, whitespace, punctuation, symbol); empty means all. */
        @ListSetting(path = "token_chars")
        List<String> tokenChars();
    }

    static IntPredicate tokenChars(List<String> classes) {
        IntPredicate accepted = classes.isEmpty() ? c -> true : c -> false;
        for (String name : classes) {
            IntPredicate one;
            switch (name.toLowerCase(Locale.ROOT)) {
                case "letter":
                    one = Character::isLetter;
                    break;
                case "digit":
                    one = Character::isDigit;
                    break;
                case "whitespace":
                    one = Character::isWhitespace;
                    break;
                case "punctuation":
                    one = c -> isPunctuation(Character.getType(c));
                    break;
                case "symbol":
                    one = c -> isSymbol(Character.getType(c));
                    break;
                default:
                    throw new IllegalArgumentException("unknown token_chars class [" + name + "]");
            }
            accepted = accepted.or(one);
        }
        return accepted;
    }

    private static boolean isPunctuation(int type) {
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
            || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
            || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
            || type == Character.OTHER_PUNCTUATION;
    }

    private static boolean isSymbol(int type) {
        return type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL
            || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_SYMBOL;
    }

    @NamedComponent("ngram")
    public static final class NGram implements TokenizerFactory {
        private final int min;
        private final int max;
        private final IntPredicate chars;

        @Inject
        public NGram(GramSettings settings) {
            TokenFilters.checkGrams(settings.minGram(), settings.maxGram());
            min = settings.minGram();
            max = settings.maxGram();
            chars = tokenChars(settings.tokenChars());
        }

        @Override
        public Tokenizer create() {
            return new NGramTokenizer(min, max) {
                @Override
                protected boolean isTokenChar(int c) {
                    return chars.test(c);
                }
            };
        }
    }

    @NamedComponent("edge_ngram")
    public static final class EdgeNGram implements TokenizerFactory {
        private final int min;
        private final int max;
        private final IntPredicate chars;

        @Inject
        public EdgeNGram(GramSettings settings) {
            TokenFilters.checkGrams(settings.minGram(), settings.maxGram());
            min = settings.minGram();
            max = settings.maxGram();
            chars = tokenChars(settings.tokenChars());
        }

        @Override
        public Tokenizer create() {
            return new EdgeNGramTokenizer(min, max) {
                @Override
                protected boolean isTokenChar(int c) {
                    return chars.test(c);
                }
            };
        }
    }

    @AnalysisSettings
    public interface WhitespaceSettings {
        @IntSetting(path = "max_token_length", defaultValue = 255)
        int maxTokenLength();
    }

    @NamedComponent("whitespace")
    public static final class Whitespace implements TokenizerFactory {
        private final int maxTokenLength;

        @Inject
        public Whitespace(WhitespaceSettings settings) {
            maxTokenLength = settings.maxTokenLength();
        }

        @Override
        public Tokenizer create() {
            return new WhitespaceTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, maxTokenLength);
        }
    }

    @AnalysisSettings
    public interface KeywordSettings {
        @IntSetting(path = "buffer_size", defaultValue = 256)
        int bufferSize();
    }

    @NamedComponent("keyword")
    public static final class Keyword implements TokenizerFactory {
        private final int bufferSize;

        @Inject
        public Keyword(KeywordSettings settings) {
            bufferSize = settings.bufferSize();
        }

        @Override
        public Tokenizer create() {
            return new KeywordTokenizer(bufferSize);
        }
    }

    @NamedComponent("letter")
    public static final class Letter implements TokenizerFactory {
        @Override
        public Tokenizer create() {
            return new LetterTokenizer();
        }
    }
}
