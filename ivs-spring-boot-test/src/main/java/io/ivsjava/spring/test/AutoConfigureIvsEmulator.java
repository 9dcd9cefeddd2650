package io.ivsjava.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.properties.PropertyMapping;

/**
 * Starts an embedded IVS emulator for the test's application context and wires every ivs-java bean to it: the IVS
 * clients, {@code IvsRealTime}, {@code IvsLowLatency}, {@code IvsChat}, {@code IvsLive} and the {@code IvsConnection}
 * bean connect to it whatever the application's properties say (through an {@code IvsConnectionDetails} bean), so no
 * property is needed. The emulator is a bean too ({@code IvsEmulator}): inject it to simulate streams and
 * participants, read its call journal or inject faults. It starts with the context and stops when the context
 * closes; contexts that Spring's test framework caches share theirs, so call {@code reset()} where a test needs an
 * empty IVS.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureIvsEmulator
 * class GoLiveTest {
 *     @Autowired IvsLive live;
 *     @Autowired IvsEmulator ivs;
 *
 *     @Test
 *     void goesLive() {
 *         Broadcast show = live.goLive("user-42", StreamingMode.LOW_LATENCY);
 *         ivs.simulateStreamStart(show.channel().orElseThrow().arn().value());   // events reach the dispatcher
 *     }
 * }
 * }</pre>
 *
 * <p>With ivs-events present, the events the emulator emits (stream starts, participants joining...) are dispatched
 * to the application's {@code IvsEventDispatcher}, as if EventBridge had delivered them; {@code deliverEvents =
 * false} leaves them to the test (the emulator's {@code addEventListener}).
 *
 * <p>Chat too: the {@code IvschatClient} and {@code IvsChat} beans use the emulator, {@code IvsLive}'s chat tokens
 * name its messaging endpoint ({@code chatMessagingEndpoint()}), and with ivs-chat present the application's
 * {@code MessageReviewer} bean, if it has one, reviews the messages of every room that names a review handler, in the
 * review Lambda's place.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
@PropertyMapping("spring.cloud.aws.ivs.emulator")
public @interface AutoConfigureIvsEmulator {
    /**
     * The region the emulator pretends to be, and the clients are configured for.
     *
     * @return the region
     */
    String region() default "us-east-1";

    /**
     * The 12-digit account id in the emulator's ARNs.
     *
     * @return the account id
     */
    String accountId() default "123456789012";

    /**
     * Whether the emulator's events are dispatched to the application's {@code IvsEventDispatcher}.
     *
     * @return whether to deliver them
     */
    boolean deliverEvents() default true;
}
