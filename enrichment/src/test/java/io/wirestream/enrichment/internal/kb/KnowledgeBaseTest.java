package io.wirestream.enrichment.internal.kb;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.EntityType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnowledgeBaseTest {

    private static final KnowledgeBase KB = KnowledgeBase.shared();

    private static List<String> ids(String key) {
        return Arrays.stream(KB.gazetteer().lookup(key)).map(a -> a.entry().id()).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            us                   | country:US
            united states        | country:US
            usa                  | country:US
            britain              | country:GB
            uk                   | country:GB
            holland              | country:NL
            ivory coast          | country:CI
            washington           | city:US:washington-d-c
            washington , dc      | city:US:washington-d-c
            new york             | city:US:new-york-city
            kiev                 | city:UA:kyiv
            texas                | region:US-TX
            middle east          | area:middle-east
            nato                 | org:nato
            international monetary fund | org:imf
            world bank           | org:world-bank
            reuters              | org:reuters
            american             | nationality:US
            americans            | nationality:US
            iraqis               | nationality:IQ
            world cup            | event:world-cup
            """)
    void shouldFindTheEntryANewsNameMeans(String key, String id) {
        assertThat(ids(key)).first().isEqualTo(id);
    }

    @Test
    void shouldDescribeCountriesWithIsoCodesAndLinkDemonymsToThem() {
        KbEntry us = KB.byId("country:US").orElseThrow();
        assertThat(us.name()).isEqualTo("United States");
        assertThat(us.type()).isEqualTo(EntityType.LOCATION);
        assertThat(us.subtype()).contains("COUNTRY");
        KbEntry french = KB.byId("nationality:FR").orElseThrow();
        assertThat(french.type()).isEqualTo(EntityType.NATIONALITY);
        assertThat(french.country()).contains("FR");
    }

    @Test
    void shouldMarkCapitalsAndKeepCitiesWithTheirCountry() {
        KbEntry paris = KB.byId("city:FR:paris").orElseThrow();
        assertThat(paris.capital()).isTrue();
        assertThat(paris.country()).contains("FR");
        assertThat(paris.subtype()).contains("CITY");
    }

    @Test
    void shouldOnlyLetAcronymAliasesMatchUpperCaseText() {
        Gazetteer.Alias who = Arrays.stream(KB.gazetteer().lookup("who"))
                .filter(a -> a.entry().id().equals("org:who")).findFirst().orElseThrow();
        assertThat(who.acronym()).isTrue();
        Gazetteer.Alias un = Arrays.stream(KB.gazetteer().lookup("united nations")).findFirst().orElseThrow();
        assertThat(un.acronym()).isFalse();
    }

    @Test
    void shouldTellGivenNamesSurnamesAndOrdinaryWordsApart() {
        NameLexicon names = KB.names();
        assertThat(names.isFirstName("John")).isTrue();
        assertThat(names.isFirstName("JOHN")).isTrue();
        assertThat(names.isSurname("Schmidt")).isTrue();
        assertThat(names.isCommonWord("trailing")).isTrue();
        assertThat(names.isCommonWord("Trailing")).isTrue();
        assertThat(names.isCommonWord("leicestershire")).isFalse();
    }
}
