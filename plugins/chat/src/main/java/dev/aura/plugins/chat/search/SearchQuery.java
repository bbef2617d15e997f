package dev.aura.plugins.chat.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What the user typed, as a Lucene query built by hand (no query parser, so no input can be a syntax error): every
 * word must match, "quoted words" must match as a phrase, and the last word may also be the start of a longer word
 * (search as you type). Operators and punctuation are just text, dropped by the analyzer.
 *
 * @param query  null when the input has no searchable word
 * @param terms  every analyzed word, to find the first match again for the snippet
 * @param prefix the last word when it also matches as a prefix, else null
 */
record SearchQuery(Query query, Set<String> terms, String prefix) {
    /** Shorter prefixes expand to too many words to be useful or fast. */
    private static final int MIN_PREFIX_LENGTH = 2;
    /**
     * A prefix stands for its most frequent completions only: expanding "ka" to every one of thousands of words costs
     * a pass over all their documents (p95 over 50 ms at a million messages), and the rare completions rarely matter
     * while the user is still typing.
     */
    static final int MAX_PREFIX_EXPANSIONS = 64;
    /**
     * A last word that already matches this many documents is taken as finished: its completions would add thousands
     * of postings to scan (two common words took p95 145 ms at a million messages) and no result the user lacks.
     */
    static final int FINISHED_WORD_DOC_FREQ = 1_000;
    /** A pasted page must not exceed Lucene's clause limit (1024) nor take long; the first words decide anyway. */
    static final int MAX_WORDS = 32;

    /** For tests and callers without an index at hand: every last word is treated as still being typed. */
    static SearchQuery parse(String input, String field, Analyzer analyzer) {
        return parse(input, field, analyzer, word -> 0);
    }

    /** @param docFreq how many documents hold a word, to tell a finished common word from one being typed */
    static SearchQuery parse(String input, String field, Analyzer analyzer, ToIntFunction<String> docFreq) {
        if (input == null || input.isBlank()) {
            return new SearchQuery(null, Set.of(), null);
        }
        List<Segment> segments = segments(input);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Set<String> terms = new LinkedHashSet<>();
        String prefix = null;
        int clauses = 0;
        for (int s = 0; s < segments.size(); s++) {
            Segment segment = segments.get(s);
            List<String> words = analyze(analyzer, field, segment.text());
            if (clauses + words.size() > MAX_WORDS) {
                words = words.subList(0, Math.max(0, MAX_WORDS - clauses));
            }
            terms.addAll(words);
            if (words.isEmpty()) {
                continue;
            }
            if (segment.quoted() && words.size() > 1) {
                all.add(new PhraseQuery(field, words.toArray(String[]::new)), Occur.MUST);
                clauses++;
                continue;
            }
            for (int w = 0; w < words.size(); w++) {
                String word = words.get(w);
                boolean typing = s == segments.size() - 1 && w == words.size() - 1 && !segment.quoted()
                        && !Character.isWhitespace(input.charAt(input.length() - 1));
                if (typing && word.length() >= MIN_PREFIX_LENGTH
                        && docFreq.applyAsInt(word) < FINISHED_WORD_DOC_FREQ) {
                    prefix = word;
                    all.add(wordOrPrefix(field, word), Occur.MUST);
                } else {
                    all.add(new TermQuery(new Term(field, word)), Occur.MUST);
                }
                clauses++;
            }
        }
        return new SearchQuery(clauses == 0 ? null : all.build(), Set.copyOf(terms), prefix);
    }

    /** The whole word ranks above longer words that merely start with it. */
    private static Query wordOrPrefix(String field, String word) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(field, word)), 2f), Occur.SHOULD)
                .add(new PrefixQuery(new Term(field, word),
                        new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_PREFIX_EXPANSIONS)), Occur.SHOULD)
                .build();
    }

    boolean matches(String analyzedWord) {
        return terms.contains(analyzedWord) || (prefix != null && analyzedWord.startsWith(prefix));
    }

    private record Segment(String text, boolean quoted) {}

    /** Splits on double quotes; an unclosed quote quotes the rest. */
    private static List<Segment> segments(String input) {
        List<Segment> segments = new ArrayList<>();
        String[] parts = input.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isBlank()) {
                segments.add(new Segment(parts[i], i % 2 == 1));
            }
        }
        return segments;
    }

    static List<String> analyze(Analyzer analyzer, String field, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("could not analyze text", e);
        }
        return words;
    }
}
