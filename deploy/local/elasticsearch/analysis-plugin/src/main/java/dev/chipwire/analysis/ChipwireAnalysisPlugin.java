package dev.chipwire.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.cluster.metadata.IndexNameExpressionResolver;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.io.stream.NamedWriteableRegistry;
import org.elasticsearch.common.settings.ClusterSettings;
import org.elasticsearch.common.settings.IndexScopedSettings;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.settings.SettingsFilter;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.indices.analysis.PreBuiltCacheFactory.CachingStrategy;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.RestController;
import org.elasticsearch.rest.RestHandler;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Registers Lucene's language stemmers and CJK filters (all shipped in ES's own lib/) under
 * {@code chipwire_*} names, plus ready-made per-language analyzers. The local Elasticsearch
 * distribution lacks the analysis-common module, which is where ES normally exposes these.
 *
 * <p>Token filters (usable in custom analyzers and in {@code _analyze}):
 * chipwire_french_elision, chipwire_french_stem, chipwire_german_stem, chipwire_english_possessive,
 * chipwire_english_stem, chipwire_spanish_stem, chipwire_italian_stem, chipwire_portuguese_stem,
 * chipwire_dutch_stem, chipwire_ascii_folding, chipwire_cjk_width, chipwire_cjk_bigram
 * (setting {@code output_unigrams}, default false).
 *
 * <p>Analyzers (Lucene's language analyzers: standard tokenizer, lowercase, stopwords, stemmer):
 * chipwire_french, chipwire_german, chipwire_english, chipwire_spanish, chipwire_italian,
 * chipwire_portuguese, chipwire_dutch, chipwire_cjk (Korean/Japanese/Chinese bigrams).
 *
 * <p>It also serves {@code GET /} and {@code HEAD /} (cluster info), which live in the rest-root
 * module that this distribution lacks too; clients use them for info() and ping().
 */
public final class ChipwireAnalysisPlugin extends Plugin implements AnalysisPlugin, ActionPlugin {

    private volatile ClusterService clusterService;

    @Override
    public Collection<?> createComponents(PluginServices services) {
        clusterService = services.clusterService();
        return List.of();
    }

    @Override
    public Collection<RestHandler> getRestHandlers(
            Settings settings,
            NamedWriteableRegistry namedWriteableRegistry,
            RestController restController,
            ClusterSettings clusterSettings,
            IndexScopedSettings indexScopedSettings,
            SettingsFilter settingsFilter,
            IndexNameExpressionResolver indexNameExpressionResolver,
            Supplier<DiscoveryNodes> nodesInCluster,
            Predicate<NodeFeature> clusterSupportsFeature) {
        return List.of(new RootInfoRestHandler(() -> clusterService));
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        Map<String, AnalysisProvider<TokenFilterFactory>> filters = new TreeMap<>();
        // Normalising filters (also applied to wildcard/prefix query terms).
        filters.put("chipwire_french_elision",
            normalizing(ts -> new ElisionFilter(ts, FrenchAnalyzer.DEFAULT_ARTICLES)));
        filters.put("chipwire_ascii_folding", normalizing(ASCIIFoldingFilter::new));
        filters.put("chipwire_cjk_width", normalizing(CJKWidthFilter::new));
        // Stemmers.
        filters.put("chipwire_french_stem", stemming(FrenchLightStemFilter::new));
        filters.put("chipwire_german_stem",
            stemming(ts -> new GermanLightStemFilter(new GermanNormalizationFilter(ts))));
        filters.put("chipwire_english_possessive", stemming(EnglishPossessiveFilter::new));
        filters.put("chipwire_english_stem", stemming(PorterStemFilter::new));
        filters.put("chipwire_spanish_stem", stemming(SpanishLightStemFilter::new));
        filters.put("chipwire_italian_stem", stemming(ItalianLightStemFilter::new));
        filters.put("chipwire_portuguese_stem", stemming(PortugueseLightStemFilter::new));
        // Snowball stemmers are stateful: one per token stream.
        filters.put("chipwire_dutch_stem", stemming(ts -> new SnowballFilter(ts, new DutchStemmer())));
        filters.put("chipwire_cjk_bigram", (indexSettings, environment, name, settings) -> {
            boolean unigrams = settings.getAsBoolean("output_unigrams", false);
            int scripts = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;
            return new SimpleTokenFilterFactory(
                name, settings, ts -> new CJKBigramFilter(ts, scripts, unigrams), false);
        });
        return filters;
    }

    @Override
    public List<PreBuiltAnalyzerProviderFactory> getPreBuiltAnalyzerProviderFactories() {
        return List.of(
            analyzer("chipwire_french", FrenchAnalyzer::new),
            analyzer("chipwire_german", GermanAnalyzer::new),
            analyzer("chipwire_english", EnglishAnalyzer::new),
            analyzer("chipwire_spanish", SpanishAnalyzer::new),
            analyzer("chipwire_italian", ItalianAnalyzer::new),
            analyzer("chipwire_portuguese", PortugueseAnalyzer::new),
            analyzer("chipwire_dutch", DutchAnalyzer::new),
            analyzer("chipwire_cjk", CJKAnalyzer::new));
    }

    private static PreBuiltAnalyzerProviderFactory analyzer(String name, Supplier<Analyzer> supplier) {
        return new PreBuiltAnalyzerProviderFactory(name, CachingStrategy.ONE, supplier);
    }

    private static AnalysisProvider<TokenFilterFactory> normalizing(
            Function<TokenStream, TokenStream> filter) {
        return (indexSettings, environment, name, settings) ->
            new SimpleTokenFilterFactory(name, settings, filter, true);
    }

    private static AnalysisProvider<TokenFilterFactory> stemming(
            Function<TokenStream, TokenStream> filter) {
        return (indexSettings, environment, name, settings) ->
            new SimpleTokenFilterFactory(name, settings, filter, false);
    }
}
