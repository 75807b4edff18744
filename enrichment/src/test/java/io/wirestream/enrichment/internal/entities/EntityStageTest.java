package io.wirestream.enrichment.internal.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.EntityType;
import io.wirestream.enrichment.Mention;
import io.wirestream.enrichment.NamedEntity;
import io.wirestream.enrichment.internal.Document;
import io.wirestream.enrichment.internal.text.TokenizeStage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityStageTest {

    private static final EntityStage STAGE = new EntityStage();

    static List<NamedEntity> entities(String text) {
        Document doc = new Document("t", text, Optional.empty(), Optional.empty());
        new TokenizeStage().apply(doc);
        STAGE.apply(doc);
        return doc.entities();
    }

    static Optional<NamedEntity> entityMentioned(List<NamedEntity> all, String text, String mention) {
        return all.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(mention))).findFirst();
    }

    @ParameterizedTest(name = "[{index}]")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", " ", "\n\n", "A", "I.", "U.S.", "Mr.", "Mr. Smith",
            "'s", "C$", "F-16", "ex-", "-", "(Vladimir)", "NEW YORK 1996-08-30", "LONDON,", "Leeds 2", "1. Smith (",
            "\"The Knot", "Washington, D.C", "von der", "el-", "Acme, Inc", "THE END.", "Queen Elizabeth I",
            "👍🏽 Ümit Özdemir met Zoë in Zürich 👍🏽"})
    void shouldNeverFailOnOddInput(String text) {
        for (NamedEntity e : entities(text)) {
            assertThat(e.salience()).isBetween(0.0, 1.0);
            for (Mention m : e.mentions()) {
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
    }

    @Test
    void shouldMergePutinWithVladimirPutin() {
        List<NamedEntity> all = entities("Russian President Vladimir Putin met the envoy on Monday. "
                + "Putin said talks would go on. Officials said (Vladimir) Putin was in Moscow.");
        List<NamedEntity> people = all.stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertThat(people).hasSize(1);
        assertThat(people.get(0).name()).isEqualTo("Vladimir Putin");
        assertThat(people.get(0).mentions()).extracting(Mention::text)
                .containsExactly("Vladimir Putin", "Putin", "Vladimir", "Putin");
    }

    @Test
    void shouldKeepWashingtonDcAsOnePlace() {
        List<NamedEntity> all = entities("The talks in Washington, D.C. ended on Friday.");
        NamedEntity dc = entityMentioned(all, "", "Washington, D.C.").orElseThrow();
        assertThat(dc.type()).isEqualTo(EntityType.LOCATION);
        assertThat(dc.subtype()).contains("CITY");
        assertThat(all).hasSize(1);
    }

    @Test
    void shouldLinkTheUsAndUnitedStatesToOneCountry() {
        List<NamedEntity> all = entities("The US said the United States would act. U.S. officials agreed.");
        assertThat(all).hasSize(1);
        NamedEntity us = all.get(0);
        assertThat(us.id()).isEqualTo("country:US");
        assertThat(us.linkId()).contains("country:US");
        assertThat(us.name()).isEqualTo("United States");
        assertThat(us.mentions()).extracting(Mention::text).containsExactly("US", "United States", "U.S.");
    }

    @Test
    void shouldTypeWashingtonInASignalFromWashingtonAsALocation() {
        NamedEntity w = entities("Markets waited for a signal from Washington on rates.").get(0);
        assertThat(w.type()).isEqualTo(EntityType.LOCATION);
        assertThat(w.linkId()).contains("city:US:washington-d-c");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The company is based in Redmond, Washington, near Seattle.   | Washington | region:US-WA
            Talks resumed in Washington on Monday.                       | Washington | city:US:washington-d-c
            The storm hit Atlanta, Georgia, overnight.                   | Georgia    | region:US-GA
            Troops left Georgia after the war with Russia.               | Georgia    | country:GE
            """)
    void shouldReadAmbiguousPlaceNamesFromTheirContext(String text, String mention, String linkId) {
        NamedEntity e = entityMentioned(entities(text), text, mention).orElseThrow();
        assertThat(e.linkId()).contains(linkId);
    }

    @Test
    void shouldJoinMrSmithWithJohnSmith() {
        List<NamedEntity> all = entities("John Smith runs the plant in Ohio. Mr. Smith said output rose.");
        NamedEntity smith = entityMentioned(all, "", "John Smith").orElseThrow();
        assertThat(smith.mentions()).extracting(Mention::text).containsExactly("John Smith", "Smith");
    }

    @ParameterizedTest(name = "{1} in \"{0}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Shares of Toyota Motor Corp rose on Monday.                  | Toyota Motor Corp        | ORGANIZATION
            The ferry sank on Lake Victoria in heavy rain.               | Lake Victoria            | LOCATION
            Japan hosts the Asian Cup next year.                         | Asian Cup                | EVENT
            West Indian all-rounder Phil Simmons took four wickets.      | West Indian              | NATIONALITY
            West Indian all-rounder Phil Simmons took four wickets.      | Phil Simmons             | PERSON
            Australian Tom Moody took six for 82.                        | Tom Moody                | PERSON
            England called up striker Alan Shearer on Friday.            | Alan Shearer             | PERSON
            Talks with Foreign Minister Yevgeny Primakov ended.           | Yevgeny Primakov         | PERSON
            The shooting happened in Dallas, Texas, late on Friday.      | Dallas                   | LOCATION
            The shooting happened in Dallas, Texas, late on Friday.      | Texas                    | LOCATION
            The IMF and the World Bank met in Paris.                     | IMF                      | ORGANIZATION
            The Federal Reserve left rates unchanged.                    | Federal Reserve          | ORGANIZATION
            He flew to the Middle East after the NATO summit.            | Middle East              | LOCATION
            Moscow said it would not send troops.                        | Moscow                   | LOCATION
            The London-based group sold its stake.                       | London-based             | MISC
            Iraqi Kurds fled into Turkey.                                | Iraqi Kurds              | NATIONALITY
            Thousands of Serbs fled into Hungary.                        | Serbs                    | NATIONALITY
            A report by the Bank of Japan showed slower growth.          | Bank of Japan            | ORGANIZATION
            The Organisation of the Islamic Conference met in Rabat.     | Organisation of the Islamic Conference | ORGANIZATION
            European Commission President Ursula von der Leyen spoke.    | Ursula von der Leyen     | PERSON
            A save by goalkeeper Nick Pope kept the score level.         | Nick Pope                | PERSON
            Shares rose, said an analyst at Jefferies in New York.       | Jefferies                | ORGANIZATION
            Bonds fell C$ 0.45 in early trade.                           | C$                       | MISC
            The air force sent 30 F-16 fighters to the base.             | F-16                     | MISC
            He was dropped by the ex-England coach on Friday.            | ex-England               | MISC
            Critics praised her novel "The Silent Harbour" last year.    | The Silent Harbour       | MISC
            The UN Office for the Coordination of Humanitarian Affairs said aid was short. | UN Office for the Coordination of Humanitarian Affairs | ORGANIZATION
            Steffi Graf (Germany) beat Anna Lopez (Spain) 6-2 6-1.       | Anna Lopez               | PERSON
            1533 - Queen Elizabeth I born in Greenwich.                  | Elizabeth I              | PERSON
            Spokesman Lieutenant-Colonel Max Marriner said the road was open. | Max Marriner        | PERSON
            He met U.S. Assistant Secretary of State John Kornblum on Monday. | John Kornblum       | PERSON
            Full-back Christian Cullen scored twice for New Zealand.     | Christian Cullen         | PERSON
            Police captured their leader Rami al-Saadani near Cairo.     | Rami al-Saadani          | PERSON
            Alphabet Chief Executive Sundar Pichai spoke in California.  | Sundar Pichai            | PERSON
            Oak Park Police Chief Shatonya Johnson told reporters.       | Shatonya Johnson         | PERSON
            Shares of the maker of ChatGPT were not listed.              | ChatGPT                  | ORGANIZATION
            """)
    void shouldTypeNamesTheWayNewsReadersDo(String text, String mention, EntityType type) {
        NamedEntity e = entityMentioned(entities(text), text, mention)
                .orElseThrow(() -> new AssertionError("no entity for '" + mention + "' in " + entities(text)));
        assertThat(e.type()).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Trailing by 213, the visitors collapsed.
            After the match the players went home.
            Police said the driver was drunk.
            The minister said on Monday that prices would rise.
            """)
    void shouldNotTakeSentenceInitialWordsForNames(String text) {
        assertThat(entities(text)).isEmpty();
    }

    @Test
    void shouldTypeAHeadlineNameFromItsMentionsInTheBody() {
        List<NamedEntity> all = entities("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP.\nLONDON 1996-08-30\n"
                + "Leicestershire beat Somerset by an innings and 39 runs.");
        NamedEntity team = entityMentioned(all, "", "Leicestershire").orElseThrow();
        assertThat(team.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(team.mentions()).extracting(Mention::text).containsExactly("LEICESTERSHIRE", "Leicestershire");
        assertThat(entityMentioned(all, "", "LONDON").orElseThrow().type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void shouldTypeTownsNamedAsCompetitorsInAMatchReportAsTeams() {
        List<NamedEntity> all = entities("SOCCER - LEEDS BEAT BRISTOL.\nLONDON 1996-08-31\n"
                + "Leeds beat Bristol 2-1 on Saturday in front of 30,000 fans in London.\nResults: Leeds 2 Bristol 1.");
        assertThat(entityMentioned(all, "", "Leeds").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entityMentioned(all, "", "Bristol").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entityMentioned(all, "", "London").orElseThrow().type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void shouldNotTakeTheOrdinaryWordsOfATitleCaseHeadlineForNames() {
        List<NamedEntity> all = entities("Bush Picks Kellogg Chief for Commerce Job\n"
                + "WASHINGTON (Reuters) - President Bush on Monday chose Carlos Gutierrez, head of Kellogg Co, as his nominee.");
        assertThat(all).extracting(NamedEntity::name).doesNotContain("Picks Kellogg", "Commerce Job", "Picks");
        assertThat(entityMentioned(all, "", "Carlos Gutierrez").orElseThrow().type()).isEqualTo(EntityType.PERSON);
        assertThat(entityMentioned(all, "", "Bush").orElseThrow().mentions()).hasSize(2);
    }

    @Test
    void shouldLeaveTheSentenceFinalPeriodOutOfAnAbbreviatedName() {
        List<NamedEntity> all = entities("The deal was announced by Acme Holdings Inc.");
        assertThat(all.get(0).mentions().get(0).text()).isEqualTo("Acme Holdings Inc");
    }

    @Test
    void shouldGiveEarlyAndFrequentEntitiesTheHighestSalience() {
        List<NamedEntity> all = entities("Kenya's president met aid donors. Kenya wants loans. "
                + "Kenya will also ask Japan for help. Officials from France attended.");
        NamedEntity kenya = entityMentioned(all, "", "Kenya").orElseThrow();
        assertThat(all).allSatisfy(e -> assertThat(e.salience()).isBetween(0.0, 1.0));
        assertThat(all).allSatisfy(e -> assertThat(kenya.salience()).isGreaterThanOrEqualTo(e.salience()));
        assertThat(kenya.count()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an appositive says what a name is          | Brenvika, a Danish start-up that makes heat pumps, said on Monday it had raised money. Analysts said Brenvika was growing fast. | Brenvika | ORGANIZATION
            a company named again without its head word | The train was operated by Castellan Northern Railway. A spokeswoman for Castellan Northern said the line would reopen. Castellan Northern said repairs had begun. | Castellan Northern | ORGANIZATION
            places base companies                      | A rocket built by Denver-based Orla Kinetics reached orbit on Tuesday.      | Orla Kinetics | ORGANIZATION
            a spokesperson speaks for an organization  | The plant is safe, a spokesman for Veltrano told reporters.                 | Veltrano | ORGANIZATION
            a head word before of                      | The Marine Safety Board of Canada said it had sent investigators.           | Marine Safety Board of Canada | ORGANIZATION
            a title before a company name              | Rates rose, according to the broker Van Hollen Shipping.                    | Van Hollen Shipping | ORGANIZATION
            a dateline before a dash                   | OSLO \u2014 Norway's central bank raised rates on Thursday.                  | OSLO | LOCATION
            a league is no one's title                 | Ravenholt moved to the top of the National Premier Division on Sunday.     | National Premier Division | ORGANIZATION
            an appositive that names a prize           | The film won the Silver Heron, the top prize at the festival, on Saturday. | Silver Heron | MISC
            a river                                    | The council will build homes along the River Aire.                         | River Aire | LOCATION
            """)
    void shouldTypeUnknownCompaniesAndPlacesFromWhatTheArticleSaysOfThem(String behaviour, String text, String mention,
                                                                        EntityType type) {
        NamedEntity e = entityMentioned(entities(text), text, mention)
                .orElseThrow(() -> new AssertionError("no entity for '" + mention + "' in " + entities(text)));
        assertThat(e.type()).as(behaviour).isEqualTo(type);
        assertThat(e.mentions()).allSatisfy(m -> assertThat(m.text()).isIn(mention, mention.toUpperCase()));
    }
}
