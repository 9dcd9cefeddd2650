package io.ivsjava.chat.internal;

import io.ivsjava.chat.ChatRole;
import io.ivsjava.chat.ChatToken;
import io.ivsjava.chat.LoggingConfiguration;
import io.ivsjava.chat.LoggingConfigurationArn;
import io.ivsjava.chat.LoggingDestination;
import io.ivsjava.chat.MessageReviewHandler;
import io.ivsjava.chat.ReviewResult;
import io.ivsjava.chat.Room;
import io.ivsjava.chat.RoomArn;
import io.ivsjava.chat.RoomSpec;
import io.ivsjava.chat.RoomSummary;
import io.ivsjava.core.internal.Unknowns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ivschat.model.CreateChatTokenResponse;
import software.amazon.awssdk.services.ivschat.model.DestinationConfiguration;

/**
 * From the SDK's IVS Chat model to the library's domain types. Tolerant by design: a member IVS leaves out reads as
 * IVS's documented default, and an enum value this library does not know reads as {@code UNKNOWN} with its raw text
 * kept in the record's {@code unknownValues}. Not part of the public API. Stateless; thread-safe.
 */
public final class Convert {
    private Convert() {
    }

    /**
     * The members every response that describes a whole room has (CreateRoom, GetRoom, UpdateRoom).
     *
     * @param arn the ARN
     * @param name the name
     * @param rate the message rate limit
     * @param length the message length limit
     * @param handler the message review handler
     * @param logging the logging configuration ARNs
     * @param tags the tags
     * @param createTime when created
     * @param updateTime when last changed
     * @return the room
     */
    public static Room room(String arn, String name, Integer rate, Integer length,
                            software.amazon.awssdk.services.ivschat.model.MessageReviewHandler handler,
                            List<String> logging, Map<String, String> tags, Instant createTime, Instant updateTime) {
        Unknowns u = new Unknowns();
        return new Room(RoomArn.parse(arn), text(name),
                rate == null ? RoomSpec.DEFAULT_MAXIMUM_MESSAGE_RATE_PER_SECOND : rate,
                length == null ? RoomSpec.DEFAULT_MAXIMUM_MESSAGE_LENGTH : length,
                handler(handler, u), loggingConfigurations(logging), tags(tags), Optional.ofNullable(createTime),
                Optional.ofNullable(updateTime), u.values());
    }

    public static RoomSummary roomSummary(software.amazon.awssdk.services.ivschat.model.RoomSummary r) {
        Unknowns u = new Unknowns();
        return new RoomSummary(RoomArn.parse(r.arn()), text(r.name()), handler(r.messageReviewHandler(), u),
                loggingConfigurations(r.hasLoggingConfigurationIdentifiers() ? r.loggingConfigurationIdentifiers()
                        : null),
                tags(r.hasTags() ? r.tags() : null), Optional.ofNullable(r.createTime()),
                Optional.ofNullable(r.updateTime()), u.values());
    }

    /**
     * A room's message review handler: absent when IVS sends none, or one with an empty URI (how a room without
     * review reads after an update removed it). A missing fallback is IVS's default, {@code ALLOW}.
     */
    private static Optional<MessageReviewHandler> handler(
            software.amazon.awssdk.services.ivschat.model.MessageReviewHandler h, Unknowns u) {
        if (h == null || h.uri() == null || h.uri().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MessageReviewHandler(h.uri(), u.read(ReviewResult.class, h.fallbackResultAsString(),
                ReviewResult.ALLOW, "messageReviewHandler.fallbackResult")));
    }

    private static List<LoggingConfigurationArn> loggingConfigurations(List<String> arns) {
        List<LoggingConfigurationArn> out = new ArrayList<>();
        if (arns != null) {
            for (String arn : arns) {
                out.add(LoggingConfigurationArn.parse(arn));
            }
        }
        return out;
    }

    /**
     * A chat token from CreateChatToken. IVS always sends both times; should one be missing, the session ends at
     * the clock's now plus the duration asked for, and the token is taken to expire then too.
     *
     * @param room the room the token was created for
     * @param r the SDK's response
     * @param role who it was asked for
     * @param duration the session duration asked for
     * @param clock the clock of the {@code IvsChat} instance
     * @return the token
     */
    public static ChatToken token(RoomArn room, CreateChatTokenResponse r, ChatRole role, Duration duration,
                                  Clock clock) {
        Instant session = r.sessionExpirationTime() != null ? r.sessionExpirationTime()
                : clock.instant().plus(duration);
        Instant token = r.tokenExpirationTime() != null ? r.tokenExpirationTime() : session;
        return new ChatToken(room, role, duration, text(r.token()), token, session);
    }

    /**
     * The members every response that describes a logging configuration has.
     *
     * @param arn the ARN
     * @param name the name
     * @param destination the destination
     * @param state the state, as IVS sent it
     * @param tags the tags
     * @param createTime when created
     * @param updateTime when last changed
     * @return the configuration
     */
    public static LoggingConfiguration loggingConfiguration(String arn, String name, DestinationConfiguration destination,
                                                            String state, Map<String, String> tags,
                                                            Instant createTime, Instant updateTime) {
        Unknowns u = new Unknowns();
        return new LoggingConfiguration(LoggingConfigurationArn.parse(arn), text(name), destination(destination, u),
                u.read(LoggingConfiguration.State.class, state, LoggingConfiguration.State.UNKNOWN, "state"),
                tags(tags), Optional.ofNullable(createTime), Optional.ofNullable(updateTime), u.values());
    }

    public static LoggingConfiguration loggingConfiguration(
            software.amazon.awssdk.services.ivschat.model.LoggingConfigurationSummary s) {
        return loggingConfiguration(s.arn(), s.name(), s.destinationConfiguration(), s.stateAsString(),
                s.hasTags() ? s.tags() : null, s.createTime(), s.updateTime());
    }

    private static Optional<LoggingDestination> destination(DestinationConfiguration d, Unknowns u) {
        if (d == null) {
            return Optional.empty();
        }
        if (d.s3() != null && d.s3().bucketName() != null) {
            return Optional.of(LoggingDestination.s3(d.s3().bucketName()));
        }
        if (d.cloudWatchLogs() != null && d.cloudWatchLogs().logGroupName() != null) {
            return Optional.of(LoggingDestination.cloudWatchLogs(d.cloudWatchLogs().logGroupName()));
        }
        if (d.firehose() != null && d.firehose().deliveryStreamName() != null) {
            return Optional.of(LoggingDestination.firehose(d.firehose().deliveryStreamName()));
        }
        // A member this SDK version does not know: the SDK keeps only that it was unknown, not its name.
        u.unknown("destinationConfiguration", String.valueOf(d.type()));
        return Optional.empty();
    }

    /**
     * A destination in the SDK's model.
     *
     * @param d the destination
     * @return the SDK's union with the one member set
     */
    public static DestinationConfiguration destination(LoggingDestination d) {
        if (d instanceof LoggingDestination.S3) {
            return DestinationConfiguration.builder()
                    .s3(s -> s.bucketName(((LoggingDestination.S3) d).bucketName())).build();
        }
        if (d instanceof LoggingDestination.CloudWatchLogs) {
            return DestinationConfiguration.builder()
                    .cloudWatchLogs(c -> c.logGroupName(((LoggingDestination.CloudWatchLogs) d).logGroupName()))
                    .build();
        }
        return DestinationConfiguration.builder()
                .firehose(f -> f.deliveryStreamName(((LoggingDestination.Firehose) d).deliveryStreamName())).build();
    }

    public static Map<String, String> tags(Map<String, String> tags) {
        return tags == null ? Map.of() : tags;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
