package io.ivsjava.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The journal keeps one copy of the strings that calls repeat, and the calls' values unchanged. */
class CallJournalTest {
    @Test
    void repeatedHeaderNamesAndValuesAreKeptOnceAndEqual() {
        CallJournal journal = new CallJournal(10);
        Map<String, String> first = journal.share(Map.of(new String("user-agent"), new String("aws-sdk-java/2.40.2"),
                new String("x-amz-date"), new String("20300101T000000Z")));
        Map<String, String> second = journal.share(Map.of(new String("user-agent"), new String("aws-sdk-java/2.40.2"),
                new String("x-amz-date"), new String("20300101T000001Z")));

        assertThat(second).containsOnly(Map.entry("user-agent", "aws-sdk-java/2.40.2"),
                Map.entry("x-amz-date", "20300101T000001Z"));
        assertThat(second.get("user-agent")).isSameAs(first.get("user-agent"));
        assertThat(second.keySet()).allSatisfy(name -> assertThat(first.keySet()).anySatisfy(
                other -> assertThat(other).isSameAs(name)));
        assertThat(journal.share(new String("/GetStage"))).isSameAs(journal.share(new String("/GetStage")));
    }

    @Test
    void aJournalThatKeepsNoCallsSharesNothing() {
        CallJournal journal = new CallJournal(0);
        String path = new String("/GetStage");
        journal.share(new String("/GetStage"));

        assertThat(journal.share(path)).isSameAs(path);
    }
}
