package news.byline.article.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import news.byline.web.problem.ProblemException;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void parsesWordsPhrasesAlternativesAndExclusions() {
        SearchQuery query = SearchQuery.parse(" russia \"air defence\" niger OR mali -sport -\"world cup\" ");
        assertEquals(List.of(List.of("russia"), List.of("air defence"), List.of("niger", "mali")), query.required());
        assertEquals(List.of("sport", "world cup"), query.excluded());
        assertEquals("russia \"air defence\" niger OR mali -sport -\"world cup\"", query.text());
    }

    @Test
    void aLeadingOrOrAnUnclosedQuoteIsNotAnError() {
        assertEquals(List.of(List.of("niger")), SearchQuery.parse("or niger").required());
        assertEquals(List.of(List.of("air defence")), SearchQuery.parse("\"air defence").required());
    }

    @Test
    void rejectsBlankAndOverlongText() {
        assertNull(SearchQuery.parse(null));
        assertThrows(ProblemException.class, () -> SearchQuery.parse(" \t "));
        assertThrows(ProblemException.class, () -> SearchQuery.parse("x".repeat(201)));
        assertEquals(200, SearchQuery.parse("x".repeat(200)).text().length());
    }

    @Test
    void foldingTableMapsEachAccentedLetterToOnePlainOne() {
        assertEquals("cafe zephyrine", FoldedTextSearch.fold("Café ZÉPHYRINE"));
        String accented = "àáâãäåçèéêëñöøüşğ";
        assertEquals(accented.length(), FoldedTextSearch.fold(accented).length());
    }

    @Test
    void snippetsKeepOnlyMarkAndEscapeTheRest() {
        String raw = "Tom & Jerry <b>bold</b> " + SnippetMarkup.START + "vorpal" + SnippetMarkup.STOP + " blade " + SnippetMarkup.START;
        assertEquals("Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt; <mark>vorpal</mark> blade <mark></mark>", SnippetMarkup.safeHtml(raw));
        assertNull(SnippetMarkup.safeHtml("  "));
        String stray = "a" + SnippetMarkup.STOP + " b " + SnippetMarkup.START + "c" + SnippetMarkup.START + "d" + SnippetMarkup.STOP + " e";
        assertEquals("a b <mark>cd</mark> e", SnippetMarkup.safeHtml(stray));
    }

    @Test
    void fallbackExcerptMarksFoldedMatchesAroundTheFirstOne() {
        String text = "Opening words. " + "filler ".repeat(30) + "The Café Zéphyrine & co reopened; zephyrine fans cheered. "
                + "tail ".repeat(60);
        String excerpt = FallbackExcerpt.of(text, List.of("zephyrine"));
        assertTrue(excerpt.startsWith("… "), excerpt);
        assertTrue(excerpt.endsWith(" …"), excerpt);
        assertTrue(excerpt.contains("Café <mark>Zéphyrine</mark> &amp; co reopened; <mark>zephyrine</mark> fans"), excerpt);
        assertEquals("Opening words.", FallbackExcerpt.of("Opening words.", List.of("absent")));
    }
}
