package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.Quota;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One row per IVS resource type, of the three services: what the emulator needs to serve its Create, Get, List,
 * Update, Delete, BatchGet and tag operations without a handler written for each. The operation names, shapes and
 * members are the models';
 * {@link GenericOperations} turns each row into handlers, and hand-written code takes over only where IVS has real
 * behaviour (a live channel cannot be deleted, a public key must be P-384...).
 *
 * <p>Immutable and thread-safe.
 */
final class ResourceTable {
    /**
     * A resource type.
     *
     * @param service the service that owns it ({@link ServiceModel#LOW_LATENCY}, {@link ServiceModel#REALTIME} or
     *     {@link ServiceModel#CHAT})
     * @param arnType the type in its ARN, such as {@code stage}
     * @param noun how messages name it, such as {@code stage} or {@code stream key}
     * @param shape the name its operations carry, such as {@code Stage} ({@code GetStage}); for the video services
     *     also its document shape
     * @param member the output member holding one document, such as {@code stage}; empty where the document is the
     *     whole output, as in IVS Chat ({@code GetRoom} answers the room's members at the top level)
     * @param summaryShape the element shape of its List operation
     * @param listOperation its List operation
     * @param listMember the output member holding the list's items
     * @param pageSize the List operation's default page size (the models' documented default)
     * @param createOperation the operation that creates it, if the generic create serves it
     * @param updateOperation the operation that updates it, if the generic update serves it
     * @param defaults members a new document starts with, before the request's are copied in
     * @param quota the quota on how many may exist, if any
     * @param idMember the input member that names one resource: {@code arn}, or {@code identifier} in IVS Chat
     * @param documentShape the shape describing a stored document: {@code shape} for the video services, the Get
     *     operation's output (such as {@code GetRoomResponse}) for IVS Chat
     */
    record ResourceType(String service, String arnType, String noun, String shape, String member, String summaryShape,
                        String listOperation, String listMember, int pageSize, Optional<String> createOperation,
                        Optional<String> updateOperation, ObjectNode defaults, Optional<Quota> quota,
                        String idMember, String documentShape) {
        /**
         * A new ARN of this type.
         *
         * @param partition the account and region
         * @param id the resource id
         * @return the ARN, {@code arn:aws:ivschat:...} for IVS Chat's types and {@code arn:aws:ivs:...} otherwise
         */
        String arn(Partition partition, String id) {
            return service.equals(ServiceModel.CHAT) ? partition.chatArn(arnType, id) : partition.arn(arnType, id);
        }

        /** {@return the Get operation's name} */
        String getOperation() {
            return "Get" + shape;
        }

        /** {@return the Delete operation's name} */
        String deleteOperation() {
            return "Delete" + shape;
        }

        /** {@return the BatchGet operation's name} */
        String batchGetOperation() {
            return "BatchGet" + shape;
        }
    }

    static final List<ResourceType> TYPES = List.of(
            // IVS real time
            row(ServiceModel.REALTIME, "stage", "stage", "Stage", "stage", "StageSummary", "ListStages", "stages", 50,
                    null, "UpdateStage", "{}", Quota.STAGES),
            row(ServiceModel.REALTIME, "public-key", "public key", "PublicKey", "publicKey", "PublicKeySummary",
                    "ListPublicKeys", "publicKeys", 50, null, null, "{}", Quota.PUBLIC_KEYS),
            row(ServiceModel.REALTIME, "composition", "composition", "Composition", "composition", "CompositionSummary",
                    "ListCompositions", "compositions", 100, null, null, "{}", null),
            row(ServiceModel.REALTIME, "encoder-configuration", "encoder configuration", "EncoderConfiguration",
                    "encoderConfiguration", "EncoderConfigurationSummary", "ListEncoderConfigurations",
                    "encoderConfigurations", 100, "CreateEncoderConfiguration", null,
                    "{\"name\":\"\",\"video\":{\"width\":1280,\"height\":720,\"framerate\":30.0,\"bitrate\":2500000}}",
                    Quota.ENCODER_CONFIGURATIONS),
            row(ServiceModel.REALTIME, "storage-configuration", "storage configuration", "StorageConfiguration",
                    "storageConfiguration", "StorageConfigurationSummary", "ListStorageConfigurations",
                    "storageConfigurations", 100, "CreateStorageConfiguration", null, "{\"name\":\"\"}",
                    Quota.STORAGE_CONFIGURATIONS),
            row(ServiceModel.REALTIME, "ingest-configuration", "ingest configuration", "IngestConfiguration",
                    "ingestConfiguration", "IngestConfigurationSummary", "ListIngestConfigurations",
                    "ingestConfigurations", 50, null, "UpdateIngestConfiguration", "{}", Quota.INGEST_CONFIGURATIONS),
            // IVS low latency
            row(ServiceModel.LOW_LATENCY, "channel", "channel", "Channel", "channel", "ChannelSummary", "ListChannels",
                    "channels", 100, null, null, "{}", Quota.CHANNELS),
            row(ServiceModel.LOW_LATENCY, "stream-key", "stream key", "StreamKey", "streamKey", "StreamKeySummary",
                    "ListStreamKeys", "streamKeys", 1, null, null, "{}", null),
            row(ServiceModel.LOW_LATENCY, "playback-key", "playback key pair", "PlaybackKeyPair", "keyPair",
                    "PlaybackKeyPairSummary", "ListPlaybackKeyPairs", "keyPairs", 100, null, null, "{}",
                    Quota.PLAYBACK_KEY_PAIRS),
            row(ServiceModel.LOW_LATENCY, "playback-restriction-policy", "playback restriction policy",
                    "PlaybackRestrictionPolicy", "playbackRestrictionPolicy", "PlaybackRestrictionPolicySummary",
                    "ListPlaybackRestrictionPolicies", "playbackRestrictionPolicies", 1,
                    "CreatePlaybackRestrictionPolicy", "UpdatePlaybackRestrictionPolicy",
                    "{\"name\":\"\",\"allowedCountries\":[],\"allowedOrigins\":[],\"enableStrictOriginEnforcement\":false}",
                    Quota.PLAYBACK_RESTRICTION_POLICIES),
            row(ServiceModel.LOW_LATENCY, "recording-configuration", "recording configuration",
                    "RecordingConfiguration", "recordingConfiguration", "RecordingConfigurationSummary",
                    "ListRecordingConfigurations", "recordingConfigurations", 100, "CreateRecordingConfiguration", null,
                    "{\"name\":\"\",\"state\":\"ACTIVE\",\"recordingReconnectWindowSeconds\":0,"
                            + "\"thumbnailConfiguration\":{\"recordingMode\":\"INTERVAL\",\"targetIntervalSeconds\":60,"
                            + "\"storage\":[\"SEQUENTIAL\"]},\"renditionConfiguration\":{\"renditionSelection\":\"ALL\"}}",
                    Quota.RECORDING_CONFIGURATIONS),
            row(ServiceModel.LOW_LATENCY, "ad-configuration", "ad configuration", "AdConfiguration", "adConfiguration",
                    "AdConfigurationSummary", "ListAdConfigurations", "adConfigurations", 100, "CreateAdConfiguration",
                    "UpdateAdConfiguration",
                    "{\"name\":\"\",\"postRollConfiguration\":{\"durationSeconds\":15,\"enabled\":false}}",
                    Quota.AD_CONFIGURATIONS),
            // IVS Chat: named by an "identifier", answered as the whole output, created and updated by the generic
            // operations with the hand-written checks of ChatOperations around them.
            chatRow("room", "room", "Room", "RoomSummary", "ListRooms", "rooms",
                    "{\"name\":\"\",\"maximumMessageRatePerSecond\":10,\"maximumMessageLength\":500,"
                            + "\"loggingConfigurationIdentifiers\":[]}", Quota.ROOMS),
            chatRow("logging-configuration", "logging configuration", "LoggingConfiguration",
                    "LoggingConfigurationSummary", "ListLoggingConfigurations", "loggingConfigurations",
                    "{\"name\":\"\",\"state\":\"ACTIVE\"}", Quota.LOGGING_CONFIGURATIONS));

    private static final Map<String, ResourceType> BY_ARN_TYPE =
            TYPES.stream().collect(Collectors.toUnmodifiableMap(ResourceType::arnType, Function.identity()));

    private ResourceTable() {
    }

    /**
     * The row of an ARN type.
     *
     * @param arnType such as {@code channel}
     * @return its row, if the emulator knows the type
     */
    static Optional<ResourceType> byArnType(String arnType) {
        return Optional.ofNullable(BY_ARN_TYPE.get(arnType));
    }

    /**
     * The rows of one service.
     *
     * @param service the service name
     * @return its resource types
     */
    static List<ResourceType> of(String service) {
        return TYPES.stream().filter(t -> t.service().equals(service)).collect(Collectors.toUnmodifiableList());
    }

    private static ResourceType row(String service, String arnType, String noun, String shape, String member,
                                    String summaryShape, String listOperation, String listMember, int pageSize,
                                    String createOperation, String updateOperation, String defaults, Quota quota) {
        return new ResourceType(service, arnType, noun, shape, member, summaryShape, listOperation, listMember,
                pageSize, Optional.ofNullable(createOperation), Optional.ofNullable(updateOperation),
                Json.constant(defaults), Optional.ofNullable(quota), "arn", shape);
    }

    /** A row of IVS Chat: Create and Update by the generic operations, 50 to a page (the models' default). */
    private static ResourceType chatRow(String arnType, String noun, String shape, String summaryShape,
                                        String listOperation, String listMember, String defaults, Quota quota) {
        return new ResourceType(ServiceModel.CHAT, arnType, noun, shape, "", summaryShape, listOperation, listMember,
                50, Optional.of("Create" + shape), Optional.of("Update" + shape), Json.constant(defaults),
                Optional.of(quota), "identifier", "Get" + shape + "Response");
    }
}
