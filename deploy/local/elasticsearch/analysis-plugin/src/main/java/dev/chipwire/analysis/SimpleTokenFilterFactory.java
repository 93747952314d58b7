package dev.chipwire.analysis;

import java.util.function.Function;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/** A token filter factory that wraps one Lucene filter given as a function. */
final class SimpleTokenFilterFactory extends AbstractTokenFilterFactory {

    private final Function<TokenStream, TokenStream> filter;
    private final boolean normalizes;

    SimpleTokenFilterFactory(
            String name, Settings settings, Function<TokenStream, TokenStream> filter, boolean normalizes) {
        super(name, settings);
        this.filter = filter;
        this.normalizes = normalizes;
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return filter.apply(tokenStream);
    }

    /** Character-level normalisers also run on multi-term (prefix, wildcard) query text. */
    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return normalizes ? filter.apply(tokenStream) : tokenStream;
    }
}
