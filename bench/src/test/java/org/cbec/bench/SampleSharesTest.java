package org.cbec.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SampleSharesTest {

    @Test
    void aSampleInTheJdkCountsForItsNearestCallerThatIsNotTheJdk() {
        assertThat(SampleShares.owner(List.of("java.util.HashMap.get", "jdk.internal.misc.Unsafe.park",
                "org.h2.mvstore.MVMap.put", "org.cbec.app.clearance.application.MessageIntake.receive")))
                .isEqualTo("H2");
        assertThat(SampleShares.owner(List.of("java.lang.String.charAt",
                "org.cbec.app.clearance.application.MessageIntake.receive"))).isEqualTo("the platform");
    }

    @Test
    void jacksonThreeAndTwoAreBothJackson() {
        assertThat(SampleShares.owner(List.of("tools.jackson.core.json.UTF8JsonGenerator.writeString")))
                .isEqualTo("Jackson");
        assertThat(SampleShares.owner(List.of("com.fasterxml.jackson.core.JsonParser.nextToken")))
                .isEqualTo("Jackson");
        assertThat(SampleShares.owner(List.of("com.fasterxml.aalto.in.Utf8Scanner.next")))
                .isEqualTo("Aalto (XML)");
    }

    @Test
    void aStackOfTheJdkAloneAndALibraryNotListedAreNamedSo() {
        assertThat(SampleShares.owner(List.of("java.lang.Thread.run", "jdk.internal.misc.Unsafe.park")))
                .isEqualTo("the JDK alone");
        assertThat(SampleShares.owner(List.of("io.github.bucket4j.BucketState64BitsInteger.getAvailableTokens")))
                .isEqualTo("other libraries");
    }
}
