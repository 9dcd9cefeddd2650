#Signature file v4.1
#Version ivs-realtime

CLSS public final !enum io.ivsjava.realtime.Capability
fld public final static io.ivsjava.realtime.Capability PUBLISH
fld public final static io.ivsjava.realtime.Capability SUBSCRIBE
fld public final static io.ivsjava.realtime.Capability UNKNOWN
meth public static io.ivsjava.realtime.Capability valueOf(java.lang.String)
meth public static io.ivsjava.realtime.Capability[] values()
supr java.lang.Enum<io.ivsjava.realtime.Capability>

CLSS public final io.ivsjava.realtime.Composition
cons public init(io.ivsjava.core.CompositionArn,io.ivsjava.core.StageArn,io.ivsjava.realtime.Composition$State,java.util.Optional<io.ivsjava.realtime.Layout>,java.util.List<io.ivsjava.realtime.Composition$Destination>,java.util.Map<java.lang.String,java.lang.String>,java.util.Optional<java.time.Instant>,java.util.Optional<java.time.Instant>,java.util.Map<java.lang.String,java.lang.String>)
innr public final static !enum State
innr public final static Destination
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.CompositionArn arn()
meth public io.ivsjava.core.StageArn stage()
meth public io.ivsjava.realtime.Composition$State state()
meth public java.util.List<io.ivsjava.realtime.Composition$Destination> destinations()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
meth public java.util.Map<java.lang.String,java.lang.String> unknownValues()
meth public java.util.Optional<io.ivsjava.realtime.Layout> layout()
meth public java.util.Optional<java.time.Instant> endTime()
meth public java.util.Optional<java.time.Instant> startTime()
supr java.lang.Record
hfds arn,destinations,endTime,layout,stage,startTime,state,tags,unknownValues

CLSS public final static io.ivsjava.realtime.Composition$Destination
 outer io.ivsjava.realtime.Composition
cons public init(java.lang.String,io.ivsjava.realtime.Composition$Destination$State,java.util.Optional<java.time.Instant>,java.util.Optional<java.time.Instant>,java.util.Optional<io.ivsjava.realtime.CompositionDestination>,java.util.Optional<java.lang.String>)
innr public final static !enum State
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.realtime.Composition$Destination$State state()
meth public java.lang.String id()
meth public java.util.Optional<io.ivsjava.realtime.CompositionDestination> configuration()
meth public java.util.Optional<java.lang.String> recordingPrefix()
meth public java.util.Optional<java.time.Instant> endTime()
meth public java.util.Optional<java.time.Instant> startTime()
supr java.lang.Record
hfds configuration,endTime,id,recordingPrefix,startTime,state

CLSS public final static !enum io.ivsjava.realtime.Composition$Destination$State
 outer io.ivsjava.realtime.Composition$Destination
fld public final static io.ivsjava.realtime.Composition$Destination$State ACTIVE
fld public final static io.ivsjava.realtime.Composition$Destination$State FAILED
fld public final static io.ivsjava.realtime.Composition$Destination$State RECONNECTING
fld public final static io.ivsjava.realtime.Composition$Destination$State STARTING
fld public final static io.ivsjava.realtime.Composition$Destination$State STOPPED
fld public final static io.ivsjava.realtime.Composition$Destination$State STOPPING
fld public final static io.ivsjava.realtime.Composition$Destination$State UNKNOWN
meth public static io.ivsjava.realtime.Composition$Destination$State valueOf(java.lang.String)
meth public static io.ivsjava.realtime.Composition$Destination$State[] values()
supr java.lang.Enum<io.ivsjava.realtime.Composition$Destination$State>

CLSS public final static !enum io.ivsjava.realtime.Composition$State
 outer io.ivsjava.realtime.Composition
fld public final static io.ivsjava.realtime.Composition$State ACTIVE
fld public final static io.ivsjava.realtime.Composition$State FAILED
fld public final static io.ivsjava.realtime.Composition$State STARTING
fld public final static io.ivsjava.realtime.Composition$State STOPPED
fld public final static io.ivsjava.realtime.Composition$State STOPPING
fld public final static io.ivsjava.realtime.Composition$State UNKNOWN
meth public static io.ivsjava.realtime.Composition$State valueOf(java.lang.String)
meth public static io.ivsjava.realtime.Composition$State[] values()
supr java.lang.Enum<io.ivsjava.realtime.Composition$State>

CLSS public abstract interface io.ivsjava.realtime.CompositionDestination
innr public final static Channel
innr public final static S3
meth public abstract java.util.Optional<java.lang.String> name()
meth public static io.ivsjava.realtime.CompositionDestination$Channel channel(io.ivsjava.core.ChannelArn)
meth public static io.ivsjava.realtime.CompositionDestination$Channel channel(io.ivsjava.core.ChannelArn,io.ivsjava.core.EncoderConfigurationArn)
meth public static io.ivsjava.realtime.CompositionDestination$S3 s3(io.ivsjava.core.StorageConfigurationArn,io.ivsjava.core.EncoderConfigurationArn)

CLSS public final static io.ivsjava.realtime.CompositionDestination$Channel
 outer io.ivsjava.realtime.CompositionDestination
cons public init(java.util.Optional<java.lang.String>,io.ivsjava.core.ChannelArn,java.util.Optional<io.ivsjava.core.EncoderConfigurationArn>)
intf io.ivsjava.realtime.CompositionDestination
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.ChannelArn channel()
meth public io.ivsjava.realtime.CompositionDestination$Channel withName(java.lang.String)
meth public java.util.Optional<io.ivsjava.core.EncoderConfigurationArn> encoderConfiguration()
meth public java.util.Optional<java.lang.String> name()
supr java.lang.Record
hfds channel,encoderConfiguration,name

CLSS public final static io.ivsjava.realtime.CompositionDestination$S3
 outer io.ivsjava.realtime.CompositionDestination
cons public init(java.util.Optional<java.lang.String>,io.ivsjava.core.StorageConfigurationArn,io.ivsjava.core.EncoderConfigurationArn,java.util.Optional<java.time.Duration>,java.util.Optional<io.ivsjava.realtime.Thumbnails>)
intf io.ivsjava.realtime.CompositionDestination
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.EncoderConfigurationArn encoderConfiguration()
meth public io.ivsjava.core.StorageConfigurationArn storageConfiguration()
meth public io.ivsjava.realtime.CompositionDestination$S3 withHlsSegmentDuration(java.time.Duration)
meth public io.ivsjava.realtime.CompositionDestination$S3 withName(java.lang.String)
meth public io.ivsjava.realtime.CompositionDestination$S3 withThumbnails(io.ivsjava.realtime.Thumbnails)
meth public java.util.Optional<io.ivsjava.realtime.Thumbnails> thumbnails()
meth public java.util.Optional<java.lang.String> name()
meth public java.util.Optional<java.time.Duration> hlsSegmentDuration()
supr java.lang.Record
hfds encoderConfiguration,hlsSegmentDuration,name,storageConfiguration,thumbnails

CLSS public final io.ivsjava.realtime.CompositionSpec
cons public init(io.ivsjava.core.StageArn,io.ivsjava.realtime.Layout,java.util.List<io.ivsjava.realtime.CompositionDestination>,java.util.Map<java.lang.String,java.lang.String>,java.util.Optional<java.lang.String>)
fld public final static int MAX_DESTINATIONS = 2
innr public final static Builder
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.StageArn stage()
meth public io.ivsjava.realtime.Layout layout()
meth public java.util.List<io.ivsjava.realtime.CompositionDestination> destinations()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
meth public java.util.Optional<java.lang.String> idempotencyToken()
meth public static io.ivsjava.realtime.CompositionSpec$Builder builder(io.ivsjava.core.StageArn)
supr java.lang.Record
hfds TOKEN,destinations,idempotencyToken,layout,stage,tags

CLSS public final static io.ivsjava.realtime.CompositionSpec$Builder
 outer io.ivsjava.realtime.CompositionSpec
meth public io.ivsjava.realtime.CompositionSpec build()
meth public io.ivsjava.realtime.CompositionSpec$Builder destination(io.ivsjava.realtime.CompositionDestination)
meth public io.ivsjava.realtime.CompositionSpec$Builder idempotencyToken(java.lang.String)
meth public io.ivsjava.realtime.CompositionSpec$Builder layout(io.ivsjava.realtime.Layout)
meth public io.ivsjava.realtime.CompositionSpec$Builder tag(java.lang.String,java.lang.String)
supr java.lang.Object
hfds destinations,idempotencyToken,layout,stage,tags

CLSS public final io.ivsjava.realtime.CompositionSummary
cons public init(io.ivsjava.core.CompositionArn,io.ivsjava.core.StageArn,io.ivsjava.realtime.Composition$State,java.util.List<io.ivsjava.realtime.Composition$Destination>,java.util.Map<java.lang.String,java.lang.String>,java.util.Optional<java.time.Instant>,java.util.Optional<java.time.Instant>,java.util.Map<java.lang.String,java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.CompositionArn arn()
meth public io.ivsjava.core.StageArn stage()
meth public io.ivsjava.realtime.Composition$State state()
meth public java.util.List<io.ivsjava.realtime.Composition$Destination> destinations()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
meth public java.util.Map<java.lang.String,java.lang.String> unknownValues()
meth public java.util.Optional<java.time.Instant> endTime()
meth public java.util.Optional<java.time.Instant> startTime()
supr java.lang.Record
hfds arn,destinations,endTime,stage,startTime,state,tags,unknownValues

CLSS public final io.ivsjava.realtime.CreatedStage
cons public init(io.ivsjava.realtime.Stage,java.util.List<io.ivsjava.realtime.ParticipantToken>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.realtime.Stage stage()
meth public java.util.List<io.ivsjava.realtime.ParticipantToken> tokens()
supr java.lang.Record
hfds stage,tokens

CLSS public final io.ivsjava.realtime.CustomRole
cons public init(java.util.Set<io.ivsjava.realtime.Capability>,java.util.Optional<java.lang.String>,java.util.Map<java.lang.String,java.lang.String>)
intf io.ivsjava.realtime.Role
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.util.Map<java.lang.String,java.lang.String> attributes()
meth public java.util.Optional<java.lang.String> userId()
meth public java.util.Set<io.ivsjava.realtime.Capability> capabilities()
meth public static io.ivsjava.realtime.CustomRole anonymous(java.util.Set<io.ivsjava.realtime.Capability>)
meth public static io.ivsjava.realtime.CustomRole of(java.util.Set<io.ivsjava.realtime.Capability>,java.lang.String)
meth public static io.ivsjava.realtime.CustomRole of(java.util.Set<io.ivsjava.realtime.Capability>,java.lang.String,java.util.Map<java.lang.String,java.lang.String>)
supr java.lang.Record
hfds attributes,capabilities,userId

CLSS public final io.ivsjava.realtime.EncoderConfiguration
cons public init(io.ivsjava.core.EncoderConfigurationArn,java.lang.String,io.ivsjava.realtime.Video,java.util.Map<java.lang.String,java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.EncoderConfigurationArn arn()
meth public io.ivsjava.realtime.Video video()
meth public java.lang.String name()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
supr java.lang.Record
hfds arn,name,tags,video

CLSS public final io.ivsjava.realtime.EncoderConfigurationSummary
cons public init(io.ivsjava.core.EncoderConfigurationArn,java.lang.String,java.util.Map<java.lang.String,java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.EncoderConfigurationArn arn()
meth public java.lang.String name()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
supr java.lang.Record
hfds arn,name,tags

CLSS public final io.ivsjava.realtime.Host
cons public init(java.util.Optional<java.lang.String>,java.util.Map<java.lang.String,java.lang.String>)
intf io.ivsjava.realtime.Role
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.util.Map<java.lang.String,java.lang.String> attributes()
meth public java.util.Optional<java.lang.String> userId()
meth public java.util.Set<io.ivsjava.realtime.Capability> capabilities()
meth public static io.ivsjava.realtime.Host anonymous()
meth public static io.ivsjava.realtime.Host of(java.lang.String)
meth public static io.ivsjava.realtime.Host of(java.lang.String,java.util.Map<java.lang.String,java.lang.String>)
supr java.lang.Record
hfds CAPABILITIES,attributes,userId

CLSS public final io.ivsjava.realtime.ImportedKeyPair
cons public init(io.ivsjava.realtime.ImportedPublicKey,io.ivsjava.core.P384KeyPair)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public io.ivsjava.core.P384KeyPair keys()
meth public io.ivsjava.realtime.ImportedPublicKey publicKey()
meth public io.ivsjava.realtime.ParticipantTokenSigner signer()
meth public io.ivsjava.realtime.ParticipantTokenSigner signer(java.time.Clock)
meth public io.ivsjava.realtime.ParticipantTokenVerifier verifier()
meth public io.ivsjava.realtime.ParticipantTokenVerifier verifier(java.time.Clock)
meth public java.lang.String toString()
supr java.lang.Record
hfds keys,publicKey

CLSS public final io.ivsjava.realtime.ImportedPublicKey
cons public init(io.ivsjava.core.PublicKeyArn,java.lang.String,java.lang.String,java.lang.String,java.util.Map<java.lang.String,java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.PublicKeyArn arn()
meth public java.lang.String fingerprint()
meth public java.lang.String name()
meth public java.lang.String pem()
meth public java.security.interfaces.ECPublicKey publicKey()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
supr java.lang.Record
hfds arn,fingerprint,name,pem,tags

CLSS public final io.ivsjava.realtime.IngestConfiguration
cons public init(io.ivsjava.core.IngestConfigurationArn,java.lang.String,io.ivsjava.realtime.IngestConfiguration$Protocol,java.lang.String,java.util.Optional<io.ivsjava.core.StageArn>,java.lang.String,io.ivsjava.realtime.IngestConfiguration$State,java.util.Optional<java.lang.String>,java.util.Map<java.lang.String,java.lang.String>,java.util.Map<java.lang.String,java.lang.String>,java.util.Map<java.lang.String,java.lang.String>)
innr public final static !enum Protocol
innr public final static !enum State
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public io.ivsjava.core.IngestConfigurationArn arn()
meth public io.ivsjava.realtime.IngestConfiguration$Protocol protocol()
meth public io.ivsjava.realtime.IngestConfiguration$State state()
meth public java.lang.String name()
meth public java.lang.String participantId()
meth public java.lang.String streamKey()
meth public java.lang.String toString()
meth public java.util.Map<java.lang.String,java.lang.String> attributes()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
meth public java.util.Map<java.lang.String,java.lang.String> unknownValues()
meth public java.util.Optional<io.ivsjava.core.StageArn> stage()
meth public java.util.Optional<java.lang.String> userId()
supr java.lang.Record
hfds arn,attributes,name,participantId,protocol,stage,state,streamKey,tags,unknownValues,userId

CLSS public final static !enum io.ivsjava.realtime.IngestConfiguration$Protocol
 outer io.ivsjava.realtime.IngestConfiguration
fld public final static io.ivsjava.realtime.IngestConfiguration$Protocol RTMP
fld public final static io.ivsjava.realtime.IngestConfiguration$Protocol RTMPS
fld public final static io.ivsjava.realtime.IngestConfiguration$Protocol UNKNOWN
meth public static io.ivsjava.realtime.IngestConfiguration$Protocol valueOf(java.lang.String)
meth public static io.ivsjava.realtime.IngestConfiguration$Protocol[] values()
supr java.lang.Enum<io.ivsjava.realtime.IngestConfiguration$Protocol>

CLSS public final static !enum io.ivsjava.realtime.IngestConfiguration$State
 outer io.ivsjava.realtime.IngestConfiguration
fld public final static io.ivsjava.realtime.IngestConfiguration$State ACTIVE
fld public final static io.ivsjava.realtime.IngestConfiguration$State INACTIVE
fld public final static io.ivsjava.realtime.IngestConfiguration$State UNKNOWN
meth public static io.ivsjava.realtime.IngestConfiguration$State valueOf(java.lang.String)
meth public static io.ivsjava.realtime.IngestConfiguration$State[] values()
supr java.lang.Enum<io.ivsjava.realtime.IngestConfiguration$State>

CLSS public final io.ivsjava.realtime.IngestConfigurationSpec
cons public init(java.lang.String,java.util.Optional<io.ivsjava.core.StageArn>,io.ivsjava.realtime.IngestConfiguration$Protocol,java.util.Optional<java.lang.String>,java.util.Map<java.lang.String,java.lang.String>,java.util.Map<java.lang.String,java.lang.String>)
innr public final static Builder
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.realtime.IngestConfiguration$Protocol protocol()
meth public java.lang.String name()
meth public java.util.Map<java.lang.String,java.lang.String> attributes()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
meth public java.util.Optional<io.ivsjava.core.StageArn> stage()
meth public java.util.Optional<java.lang.String> userId()
meth public static io.ivsjava.realtime.IngestConfigurationSpec$Builder builder()
supr java.lang.Record
hfds attributes,name,protocol,stage,tags,userId

CLSS public final static io.ivsjava.realtime.IngestConfigurationSpec$Builder
 outer io.ivsjava.realtime.IngestConfigurationSpec
meth public io.ivsjava.realtime.IngestConfigurationSpec build()
meth public io.ivsjava.realtime.IngestConfigurationSpec$Builder attribute(java.lang.String,java.lang.String)
meth public io.ivsjava.realtime.IngestConfigurationSpec$Builder name(java.lang.String)
meth public io.ivsjava.realtime.IngestConfigurationSpec$Builder protocol(io.ivsjava.realtime.IngestConfiguration$Protocol)
meth public io.ivsjava.realtime.IngestConfigurationSpec$Builder stage(io.ivsjava.core.StageArn)
meth public io.ivsjava.realtime.IngestConfigurationSpec$Builder tag(java.lang.String,java.lang.String)
meth public io.ivsjava.realtime.IngestConfigurationSpec$Builder userId(java.lang.String)
supr java.lang.Object
hfds attributes,name,protocol,stage,tags,userId

CLSS public final io.ivsjava.realtime.IngestConfigurationSummary
cons public init(io.ivsjava.core.IngestConfigurationArn,java.lang.String,io.ivsjava.realtime.IngestConfiguration$Protocol,java.util.Optional<io.ivsjava.core.StageArn>,java.lang.String,io.ivsjava.realtime.IngestConfiguration$State,java.util.Optional<java.lang.String>,java.util.Map<java.lang.String,java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.IngestConfigurationArn arn()
meth public io.ivsjava.realtime.IngestConfiguration$Protocol protocol()
meth public io.ivsjava.realtime.IngestConfiguration$State state()
meth public java.lang.String name()
meth public java.lang.String participantId()
meth public java.util.Map<java.lang.String,java.lang.String> unknownValues()
meth public java.util.Optional<io.ivsjava.core.StageArn> stage()
meth public java.util.Optional<java.lang.String> userId()
supr java.lang.Record
hfds arn,name,participantId,protocol,stage,state,unknownValues,userId

CLSS public final io.ivsjava.realtime.IvsRealTime
intf java.lang.AutoCloseable
meth public io.ivsjava.realtime.Composition getComposition(io.ivsjava.core.CompositionArn)
meth public io.ivsjava.realtime.Composition startComposition(io.ivsjava.realtime.CompositionSpec)
meth public io.ivsjava.realtime.CreatedStage createStage(io.ivsjava.realtime.StageSpec)
meth public io.ivsjava.realtime.EncoderConfiguration createEncoderConfiguration(java.lang.String,io.ivsjava.realtime.Video)
meth public io.ivsjava.realtime.EncoderConfiguration createEncoderConfiguration(java.lang.String,io.ivsjava.realtime.Video,java.util.Map<java.lang.String,java.lang.String>)
meth public io.ivsjava.realtime.EncoderConfiguration getEncoderConfiguration(io.ivsjava.core.EncoderConfigurationArn)
meth public io.ivsjava.realtime.ImportedKeyPair generateAndImportPublicKey(java.lang.String)
meth public io.ivsjava.realtime.ImportedPublicKey getPublicKey(io.ivsjava.core.PublicKeyArn)
meth public io.ivsjava.realtime.ImportedPublicKey importPublicKey(java.lang.String,java.security.interfaces.ECPublicKey)
meth public io.ivsjava.realtime.IngestConfiguration createIngestConfiguration(io.ivsjava.realtime.IngestConfigurationSpec)
meth public io.ivsjava.realtime.IngestConfiguration getIngestConfiguration(io.ivsjava.core.IngestConfigurationArn)
meth public io.ivsjava.realtime.IngestConfiguration updateIngestConfiguration(io.ivsjava.core.IngestConfigurationArn,java.util.Optional<io.ivsjava.core.StageArn>)
meth public io.ivsjava.realtime.ParticipantDetails getParticipant(io.ivsjava.core.StageArn,java.lang.String,java.lang.String)
meth public io.ivsjava.realtime.ParticipantToken createParticipantToken(io.ivsjava.core.StageArn,io.ivsjava.realtime.Role)
meth public io.ivsjava.realtime.ParticipantToken createParticipantToken(io.ivsjava.core.StageArn,io.ivsjava.realtime.Role,java.time.Duration)
meth public io.ivsjava.realtime.ParticipantToken promoteToHost(io.ivsjava.core.StageArn,io.ivsjava.realtime.Participant,java.time.Duration)
meth public io.ivsjava.realtime.ParticipantToken promoteToHostAndDisconnect(io.ivsjava.core.StageArn,io.ivsjava.realtime.Participant,java.time.Duration)
meth public io.ivsjava.realtime.Stage getStage(io.ivsjava.core.StageArn)
meth public io.ivsjava.realtime.Stage updateStage(io.ivsjava.core.StageArn,io.ivsjava.realtime.StageUpdate)
meth public io.ivsjava.realtime.StageSession getStageSession(io.ivsjava.core.StageArn,java.lang.String)
meth public io.ivsjava.realtime.StorageConfiguration createStorageConfiguration(java.lang.String,java.lang.String)
meth public io.ivsjava.realtime.StorageConfiguration createStorageConfiguration(java.lang.String,java.lang.String,java.util.Map<java.lang.String,java.lang.String>)
meth public io.ivsjava.realtime.StorageConfiguration getStorageConfiguration(io.ivsjava.core.StorageConfigurationArn)
meth public java.util.Map<java.lang.String,java.lang.String> listTagsForResource(io.ivsjava.core.ResourceArn)
meth public java.util.stream.Stream<io.ivsjava.realtime.CompositionSummary> listCompositions()
meth public java.util.stream.Stream<io.ivsjava.realtime.CompositionSummary> listCompositions(io.ivsjava.core.EncoderConfigurationArn)
meth public java.util.stream.Stream<io.ivsjava.realtime.CompositionSummary> listCompositions(io.ivsjava.core.StageArn)
meth public java.util.stream.Stream<io.ivsjava.realtime.EncoderConfigurationSummary> listEncoderConfigurations()
meth public java.util.stream.Stream<io.ivsjava.realtime.IngestConfigurationSummary> listIngestConfigurations()
meth public java.util.stream.Stream<io.ivsjava.realtime.IngestConfigurationSummary> listIngestConfigurations(io.ivsjava.core.StageArn)
meth public java.util.stream.Stream<io.ivsjava.realtime.IngestConfigurationSummary> listIngestConfigurations(io.ivsjava.realtime.IngestConfiguration$State)
meth public java.util.stream.Stream<io.ivsjava.realtime.ParticipantEvent> listParticipantEvents(io.ivsjava.core.StageArn,java.lang.String,java.lang.String)
meth public java.util.stream.Stream<io.ivsjava.realtime.ParticipantReplica> listParticipantReplicas(io.ivsjava.core.StageArn,java.lang.String)
meth public java.util.stream.Stream<io.ivsjava.realtime.ParticipantSummary> listParticipants(io.ivsjava.core.StageArn,java.lang.String)
meth public java.util.stream.Stream<io.ivsjava.realtime.ParticipantSummary> listParticipants(io.ivsjava.core.StageArn,java.lang.String,io.ivsjava.realtime.ParticipantFilter)
meth public java.util.stream.Stream<io.ivsjava.realtime.PublicKeySummary> listPublicKeys()
meth public java.util.stream.Stream<io.ivsjava.realtime.StageSession> listStageSessions(io.ivsjava.core.StageArn)
meth public java.util.stream.Stream<io.ivsjava.realtime.StageSummary> listStages()
meth public java.util.stream.Stream<io.ivsjava.realtime.StorageConfiguration> listStorageConfigurations()
meth public software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient sdkClient()
meth public static io.ivsjava.realtime.IvsRealTime connect(io.ivsjava.core.IvsConnection)
meth public static io.ivsjava.realtime.IvsRealTime connect(io.ivsjava.core.IvsConnection,java.time.Clock)
meth public static io.ivsjava.realtime.IvsRealTime create(software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient)
meth public static io.ivsjava.realtime.IvsRealTime create(software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient,java.time.Clock)
meth public void close()
meth public void deleteEncoderConfiguration(io.ivsjava.core.EncoderConfigurationArn)
meth public void deleteIngestConfiguration(io.ivsjava.core.IngestConfigurationArn)
meth public void deletePublicKey(io.ivsjava.core.PublicKeyArn)
meth public void deleteStage(io.ivsjava.core.StageArn)
meth public void deleteStorageConfiguration(io.ivsjava.core.StorageConfigurationArn)
meth public void disconnectParticipant(io.ivsjava.core.StageArn,java.lang.String)
meth public void disconnectParticipant(io.ivsjava.core.StageArn,java.lang.String,java.lang.String)
meth public void forceDeleteIngestConfiguration(io.ivsjava.core.IngestConfigurationArn)
meth public void startParticipantReplication(io.ivsjava.core.StageArn,io.ivsjava.core.StageArn,java.lang.String)
meth public void startParticipantReplication(io.ivsjava.core.StageArn,io.ivsjava.core.StageArn,java.lang.String,java.time.Duration,java.util.Map<java.lang.String,java.lang.String>)
meth public void stopComposition(io.ivsjava.core.CompositionArn)
meth public void stopParticipantReplication(io.ivsjava.core.StageArn,io.ivsjava.core.StageArn,java.lang.String)
meth public void tagResource(io.ivsjava.core.ResourceArn,java.util.Map<java.lang.String,java.lang.String>)
meth public void untagResource(io.ivsjava.core.ResourceArn,java.util.Collection<java.lang.String>)
supr java.lang.Object
hfds calls,client,ownsClient

CLSS public final io.ivsjava.realtime.IvsRealTimeAsync
intf java.lang.AutoCloseable
meth public java.util.concurrent.CompletableFuture<io.ivsjava.realtime.Composition> getComposition(io.ivsjava.core.CompositionArn)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.realtime.Composition> startComposition(io.ivsjava.realtime.CompositionSpec)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.realtime.CreatedStage> createStage(io.ivsjava.realtime.StageSpec)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.realtime.EncoderConfiguration> createEncoderConfiguration(java.lang.String,io.ivsjava.realtime.Video)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.realtime.EncoderConfiguration> createEncoderConfiguration(java.lang.String,io.ivsjava.realtime.Video,java.util.Map<java.lang.String,java.lang.String>)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.realtime.EncoderConfiguration> getEncoderConfiguration(io.ivsjava.core.EncoderConfigurationArn)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.realtime.ImportedKeyPair> generateAndImportPublicKey(java.lang.String)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.realtime.ImportedPublicKey> getPublicKey(io.ivsjava.core.PublicKeyArn)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.realtime.ImportedPublicKey> importPublicKey(java.lang.String,java.security.interfaces.ECPublicKey)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.realtime.IngestConfiguration> createIngestConfiguration(io.ivsjava.realtime.IngestConfigurationSpec)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.realtime.IngestConfiguration> getIngestConfiguration(io.ivsjava.core.IngestConfigurationArn)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.realtime.IngestConfiguration> updateIngestConfiguration(io.ivsjava.core.IngestConfigurationArn,java.util.Optional<io.ivsjava.core.StageArn>)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.realtime.ParticipantDetails> getParticipant(io.ivsjava.core.StageArn,java.lang.String,java.lang.String)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.realtime.ParticipantToken> createParticipantToken(io.ivsjava.core.StageArn,io.ivsjava.realtime.Role)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.realtime.ParticipantToken> createParticipantToken(io.ivsjava.core.StageArn,io.ivsjava.realtime.Role,java.time.Duration)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.realtime.ParticipantToken> promoteToHost(io.ivsjava.core.StageArn,io.ivsjava.realtime.Participant,java.time.Duration)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.realtime.ParticipantToken> promoteToHostAndDisconnect(io.ivsjava.core.StageArn,io.ivsjava.realtime.Participant,java.time.Duration)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.realtime.Stage> getStage(io.ivsjava.core.StageArn)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.realtime.Stage> updateStage(io.ivsjava.core.StageArn,io.ivsjava.realtime.StageUpdate)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.realtime.StageSession> getStageSession(io.ivsjava.core.StageArn,java.lang.String)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.realtime.StorageConfiguration> createStorageConfiguration(java.lang.String,java.lang.String)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.realtime.StorageConfiguration> createStorageConfiguration(java.lang.String,java.lang.String,java.util.Map<java.lang.String,java.lang.String>)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.realtime.StorageConfiguration> getStorageConfiguration(io.ivsjava.core.StorageConfigurationArn)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> deleteEncoderConfiguration(io.ivsjava.core.EncoderConfigurationArn)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> deleteIngestConfiguration(io.ivsjava.core.IngestConfigurationArn)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> deletePublicKey(io.ivsjava.core.PublicKeyArn)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> deleteStage(io.ivsjava.core.StageArn)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> deleteStorageConfiguration(io.ivsjava.core.StorageConfigurationArn)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> disconnectParticipant(io.ivsjava.core.StageArn,java.lang.String)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> disconnectParticipant(io.ivsjava.core.StageArn,java.lang.String,java.lang.String)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> forceDeleteIngestConfiguration(io.ivsjava.core.IngestConfigurationArn)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> startParticipantReplication(io.ivsjava.core.StageArn,io.ivsjava.core.StageArn,java.lang.String)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> startParticipantReplication(io.ivsjava.core.StageArn,io.ivsjava.core.StageArn,java.lang.String,java.time.Duration,java.util.Map<java.lang.String,java.lang.String>)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> stopComposition(io.ivsjava.core.CompositionArn)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> stopParticipantReplication(io.ivsjava.core.StageArn,io.ivsjava.core.StageArn,java.lang.String)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> tagResource(io.ivsjava.core.ResourceArn,java.util.Map<java.lang.String,java.lang.String>)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> untagResource(io.ivsjava.core.ResourceArn,java.util.Collection<java.lang.String>)
meth public java.util.concurrent.CompletableFuture<java.util.Map<java.lang.String,java.lang.String>> listTagsForResource(io.ivsjava.core.ResourceArn)
meth public java.util.concurrent.Flow$Publisher<io.ivsjava.realtime.CompositionSummary> listCompositions()
meth public java.util.concurrent.Flow$Publisher<io.ivsjava.realtime.CompositionSummary> listCompositions(io.ivsjava.core.EncoderConfigurationArn)
meth public java.util.concurrent.Flow$Publisher<io.ivsjava.realtime.CompositionSummary> listCompositions(io.ivsjava.core.StageArn)
meth public java.util.concurrent.Flow$Publisher<io.ivsjava.realtime.EncoderConfigurationSummary> listEncoderConfigurations()
meth public java.util.concurrent.Flow$Publisher<io.ivsjava.realtime.IngestConfigurationSummary> listIngestConfigurations()
meth public java.util.concurrent.Flow$Publisher<io.ivsjava.realtime.IngestConfigurationSummary> listIngestConfigurations(io.ivsjava.core.StageArn)
meth public java.util.concurrent.Flow$Publisher<io.ivsjava.realtime.IngestConfigurationSummary> listIngestConfigurations(io.ivsjava.realtime.IngestConfiguration$State)
meth public java.util.concurrent.Flow$Publisher<io.ivsjava.realtime.ParticipantEvent> listParticipantEvents(io.ivsjava.core.StageArn,java.lang.String,java.lang.String)
meth public java.util.concurrent.Flow$Publisher<io.ivsjava.realtime.ParticipantReplica> listParticipantReplicas(io.ivsjava.core.StageArn,java.lang.String)
meth public java.util.concurrent.Flow$Publisher<io.ivsjava.realtime.ParticipantSummary> listParticipants(io.ivsjava.core.StageArn,java.lang.String)
meth public java.util.concurrent.Flow$Publisher<io.ivsjava.realtime.ParticipantSummary> listParticipants(io.ivsjava.core.StageArn,java.lang.String,io.ivsjava.realtime.ParticipantFilter)
meth public java.util.concurrent.Flow$Publisher<io.ivsjava.realtime.PublicKeySummary> listPublicKeys()
meth public java.util.concurrent.Flow$Publisher<io.ivsjava.realtime.StageSession> listStageSessions(io.ivsjava.core.StageArn)
meth public java.util.concurrent.Flow$Publisher<io.ivsjava.realtime.StageSummary> listStages()
meth public java.util.concurrent.Flow$Publisher<io.ivsjava.realtime.StorageConfiguration> listStorageConfigurations()
meth public software.amazon.awssdk.services.ivsrealtime.IvsRealTimeAsyncClient sdkClient()
meth public static io.ivsjava.realtime.IvsRealTimeAsync connect(io.ivsjava.core.IvsConnection)
meth public static io.ivsjava.realtime.IvsRealTimeAsync connect(io.ivsjava.core.IvsConnection,java.time.Clock)
meth public static io.ivsjava.realtime.IvsRealTimeAsync create(software.amazon.awssdk.services.ivsrealtime.IvsRealTimeAsyncClient)
meth public static io.ivsjava.realtime.IvsRealTimeAsync create(software.amazon.awssdk.services.ivsrealtime.IvsRealTimeAsyncClient,java.time.Clock)
meth public void close()
supr java.lang.Object
hfds calls,client,ownsClient

CLSS public abstract interface io.ivsjava.realtime.Layout
innr public final static !enum AspectRatio
innr public final static !enum FillMode
innr public final static !enum PipBehavior
innr public final static !enum PipPosition
innr public final static Grid
innr public final static PictureInPicture
meth public static io.ivsjava.realtime.Layout$Grid grid()
meth public static io.ivsjava.realtime.Layout$PictureInPicture pictureInPicture()

CLSS public final static !enum io.ivsjava.realtime.Layout$AspectRatio
 outer io.ivsjava.realtime.Layout
fld public final static io.ivsjava.realtime.Layout$AspectRatio AUTO
fld public final static io.ivsjava.realtime.Layout$AspectRatio PORTRAIT
fld public final static io.ivsjava.realtime.Layout$AspectRatio SQUARE
fld public final static io.ivsjava.realtime.Layout$AspectRatio UNKNOWN
fld public final static io.ivsjava.realtime.Layout$AspectRatio VIDEO
meth public static io.ivsjava.realtime.Layout$AspectRatio valueOf(java.lang.String)
meth public static io.ivsjava.realtime.Layout$AspectRatio[] values()
supr java.lang.Enum<io.ivsjava.realtime.Layout$AspectRatio>

CLSS public final static !enum io.ivsjava.realtime.Layout$FillMode
 outer io.ivsjava.realtime.Layout
fld public final static io.ivsjava.realtime.Layout$FillMode CONTAIN
fld public final static io.ivsjava.realtime.Layout$FillMode COVER
fld public final static io.ivsjava.realtime.Layout$FillMode FILL
fld public final static io.ivsjava.realtime.Layout$FillMode UNKNOWN
meth public static io.ivsjava.realtime.Layout$FillMode valueOf(java.lang.String)
meth public static io.ivsjava.realtime.Layout$FillMode[] values()
supr java.lang.Enum<io.ivsjava.realtime.Layout$FillMode>

CLSS public final static io.ivsjava.realtime.Layout$Grid
 outer io.ivsjava.realtime.Layout
cons public init(java.util.Optional<java.lang.String>,boolean,io.ivsjava.realtime.Layout$AspectRatio,java.util.Optional<io.ivsjava.realtime.Layout$FillMode>,int,java.util.Optional<java.lang.String>)
fld public final static int DEFAULT_GRID_GAP = 2
innr public final static Builder
intf io.ivsjava.realtime.Layout
meth public boolean omitStoppedVideo()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public int gridGap()
meth public io.ivsjava.realtime.Layout$AspectRatio videoAspectRatio()
meth public java.util.Optional<io.ivsjava.realtime.Layout$FillMode> videoFillMode()
meth public java.util.Optional<java.lang.String> featuredParticipantAttribute()
meth public java.util.Optional<java.lang.String> participantOrderAttribute()
meth public static io.ivsjava.realtime.Layout$Grid$Builder builder()
supr java.lang.Record
hfds featuredParticipantAttribute,gridGap,omitStoppedVideo,participantOrderAttribute,videoAspectRatio,videoFillMode

CLSS public final static io.ivsjava.realtime.Layout$Grid$Builder
 outer io.ivsjava.realtime.Layout$Grid
meth public io.ivsjava.realtime.Layout$Grid build()
meth public io.ivsjava.realtime.Layout$Grid$Builder featuredParticipantAttribute(java.lang.String)
meth public io.ivsjava.realtime.Layout$Grid$Builder gridGap(int)
meth public io.ivsjava.realtime.Layout$Grid$Builder omitStoppedVideo(boolean)
meth public io.ivsjava.realtime.Layout$Grid$Builder participantOrderAttribute(java.lang.String)
meth public io.ivsjava.realtime.Layout$Grid$Builder videoAspectRatio(io.ivsjava.realtime.Layout$AspectRatio)
meth public io.ivsjava.realtime.Layout$Grid$Builder videoFillMode(io.ivsjava.realtime.Layout$FillMode)
supr java.lang.Object<io.ivsjava.realtime.Layout$Grid$Builder>
hfds aspectRatio

CLSS public final static io.ivsjava.realtime.Layout$PictureInPicture
 outer io.ivsjava.realtime.Layout
cons public init(java.util.Optional<java.lang.String>,boolean,io.ivsjava.realtime.Layout$FillMode,int,java.util.Optional<java.lang.String>,io.ivsjava.realtime.Layout$PipBehavior,int,io.ivsjava.realtime.Layout$PipPosition,java.util.OptionalInt,java.util.OptionalInt,java.util.Optional<java.lang.String>)
innr public final static Builder
intf io.ivsjava.realtime.Layout
meth public boolean omitStoppedVideo()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public int gridGap()
meth public int pipOffset()
meth public io.ivsjava.realtime.Layout$FillMode videoFillMode()
meth public io.ivsjava.realtime.Layout$PipBehavior pipBehavior()
meth public io.ivsjava.realtime.Layout$PipPosition pipPosition()
meth public java.util.Optional<java.lang.String> featuredParticipantAttribute()
meth public java.util.Optional<java.lang.String> participantOrderAttribute()
meth public java.util.Optional<java.lang.String> pipParticipantAttribute()
meth public java.util.OptionalInt pipHeight()
meth public java.util.OptionalInt pipWidth()
meth public static io.ivsjava.realtime.Layout$PictureInPicture$Builder builder()
supr java.lang.Record
hfds featuredParticipantAttribute,gridGap,omitStoppedVideo,participantOrderAttribute,pipBehavior,pipHeight,pipOffset,pipParticipantAttribute,pipPosition,pipWidth,videoFillMode

CLSS public final static io.ivsjava.realtime.Layout$PictureInPicture$Builder
 outer io.ivsjava.realtime.Layout$PictureInPicture
meth public io.ivsjava.realtime.Layout$PictureInPicture build()
meth public io.ivsjava.realtime.Layout$PictureInPicture$Builder featuredParticipantAttribute(java.lang.String)
meth public io.ivsjava.realtime.Layout$PictureInPicture$Builder gridGap(int)
meth public io.ivsjava.realtime.Layout$PictureInPicture$Builder omitStoppedVideo(boolean)
meth public io.ivsjava.realtime.Layout$PictureInPicture$Builder participantOrderAttribute(java.lang.String)
meth public io.ivsjava.realtime.Layout$PictureInPicture$Builder pipBehavior(io.ivsjava.realtime.Layout$PipBehavior)
meth public io.ivsjava.realtime.Layout$PictureInPicture$Builder pipOffset(int)
meth public io.ivsjava.realtime.Layout$PictureInPicture$Builder pipParticipantAttribute(java.lang.String)
meth public io.ivsjava.realtime.Layout$PictureInPicture$Builder pipPosition(io.ivsjava.realtime.Layout$PipPosition)
meth public io.ivsjava.realtime.Layout$PictureInPicture$Builder pipSize(int,int)
meth public io.ivsjava.realtime.Layout$PictureInPicture$Builder videoFillMode(io.ivsjava.realtime.Layout$FillMode)
supr java.lang.Object<io.ivsjava.realtime.Layout$PictureInPicture$Builder>
hfds behavior,height,offset,pipAttribute,position,width

CLSS public final static !enum io.ivsjava.realtime.Layout$PipBehavior
 outer io.ivsjava.realtime.Layout
fld public final static io.ivsjava.realtime.Layout$PipBehavior DYNAMIC
fld public final static io.ivsjava.realtime.Layout$PipBehavior STATIC
fld public final static io.ivsjava.realtime.Layout$PipBehavior UNKNOWN
meth public static io.ivsjava.realtime.Layout$PipBehavior valueOf(java.lang.String)
meth public static io.ivsjava.realtime.Layout$PipBehavior[] values()
supr java.lang.Enum<io.ivsjava.realtime.Layout$PipBehavior>

CLSS public final static !enum io.ivsjava.realtime.Layout$PipPosition
 outer io.ivsjava.realtime.Layout
fld public final static io.ivsjava.realtime.Layout$PipPosition BOTTOM_LEFT
fld public final static io.ivsjava.realtime.Layout$PipPosition BOTTOM_RIGHT
fld public final static io.ivsjava.realtime.Layout$PipPosition TOP_LEFT
fld public final static io.ivsjava.realtime.Layout$PipPosition TOP_RIGHT
fld public final static io.ivsjava.realtime.Layout$PipPosition UNKNOWN
meth public static io.ivsjava.realtime.Layout$PipPosition valueOf(java.lang.String)
meth public static io.ivsjava.realtime.Layout$PipPosition[] values()
supr java.lang.Enum<io.ivsjava.realtime.Layout$PipPosition>

CLSS public final io.ivsjava.realtime.Participant
cons public init(java.lang.String,java.util.Optional<java.lang.String>,java.util.Map<java.lang.String,java.lang.String>,java.util.Set<io.ivsjava.realtime.Capability>)
meth public boolean canPublish()
meth public boolean canSubscribe()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String id()
meth public java.util.Map<java.lang.String,java.lang.String> attributes()
meth public java.util.Optional<java.lang.String> userId()
meth public java.util.Set<io.ivsjava.realtime.Capability> capabilities()
supr java.lang.Record
hfds attributes,capabilities,id,userId

CLSS public final io.ivsjava.realtime.ParticipantDetails
cons public init(java.lang.String,java.util.Optional<java.lang.String>,io.ivsjava.realtime.ParticipantState,java.util.Optional<java.time.Instant>,boolean,java.util.Map<java.lang.String,java.lang.String>,io.ivsjava.realtime.ParticipantDetails$Client,io.ivsjava.realtime.ParticipantDetails$Protocol,io.ivsjava.realtime.RecordingState,java.util.Optional<io.ivsjava.realtime.ParticipantDetails$RecordingLocation>,io.ivsjava.realtime.Replication,java.util.Map<java.lang.String,java.lang.String>)
innr public final static !enum Protocol
innr public final static Client
innr public final static RecordingLocation
meth public boolean published()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.realtime.ParticipantDetails$Client client()
meth public io.ivsjava.realtime.ParticipantDetails$Protocol protocol()
meth public io.ivsjava.realtime.ParticipantState state()
meth public io.ivsjava.realtime.RecordingState recordingState()
meth public io.ivsjava.realtime.Replication replication()
meth public java.lang.String id()
meth public java.util.Map<java.lang.String,java.lang.String> attributes()
meth public java.util.Map<java.lang.String,java.lang.String> unknownValues()
meth public java.util.Optional<io.ivsjava.realtime.ParticipantDetails$RecordingLocation> recordingLocation()
meth public java.util.Optional<java.lang.String> userId()
meth public java.util.Optional<java.time.Instant> firstJoinTime()
supr java.lang.Record
hfds attributes,client,firstJoinTime,id,protocol,published,recordingLocation,recordingState,replication,state,unknownValues,userId

CLSS public final static io.ivsjava.realtime.ParticipantDetails$Client
 outer io.ivsjava.realtime.ParticipantDetails
cons public init(java.util.Optional<java.lang.String>,java.util.Optional<java.lang.String>,java.util.Optional<java.lang.String>,java.util.Optional<java.lang.String>,java.util.Optional<java.lang.String>,java.util.Optional<java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.util.Optional<java.lang.String> browserName()
meth public java.util.Optional<java.lang.String> browserVersion()
meth public java.util.Optional<java.lang.String> ispName()
meth public java.util.Optional<java.lang.String> osName()
meth public java.util.Optional<java.lang.String> osVersion()
meth public java.util.Optional<java.lang.String> sdkVersion()
supr java.lang.Record
hfds browserName,browserVersion,ispName,osName,osVersion,sdkVersion

CLSS public final static !enum io.ivsjava.realtime.ParticipantDetails$Protocol
 outer io.ivsjava.realtime.ParticipantDetails
fld public final static io.ivsjava.realtime.ParticipantDetails$Protocol RTMP
fld public final static io.ivsjava.realtime.ParticipantDetails$Protocol RTMPS
fld public final static io.ivsjava.realtime.ParticipantDetails$Protocol UNKNOWN
fld public final static io.ivsjava.realtime.ParticipantDetails$Protocol WHIP
meth public static io.ivsjava.realtime.ParticipantDetails$Protocol valueOf(java.lang.String)
meth public static io.ivsjava.realtime.ParticipantDetails$Protocol[] values()
supr java.lang.Enum<io.ivsjava.realtime.ParticipantDetails$Protocol>

CLSS public final static io.ivsjava.realtime.ParticipantDetails$RecordingLocation
 outer io.ivsjava.realtime.ParticipantDetails
cons public init(java.lang.String,java.lang.String)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String bucketName()
meth public java.lang.String prefix()
supr java.lang.Record
hfds bucketName,prefix

CLSS public final io.ivsjava.realtime.ParticipantEvent
cons public init(io.ivsjava.realtime.ParticipantEvent$Kind,java.lang.String,java.util.Optional<java.time.Instant>,java.util.Optional<java.lang.String>,java.util.Optional<io.ivsjava.realtime.ParticipantEvent$ErrorCode>,java.util.Optional<io.ivsjava.core.StageArn>,java.util.Optional<java.lang.String>,boolean,java.util.Map<java.lang.String,java.lang.String>)
innr public final static !enum ErrorCode
innr public final static !enum Kind
meth public boolean replica()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.realtime.ParticipantEvent$Kind kind()
meth public java.lang.String participantId()
meth public java.util.Map<java.lang.String,java.lang.String> unknownValues()
meth public java.util.Optional<io.ivsjava.core.StageArn> destinationStage()
meth public java.util.Optional<io.ivsjava.realtime.ParticipantEvent$ErrorCode> errorCode()
meth public java.util.Optional<java.lang.String> destinationSessionId()
meth public java.util.Optional<java.lang.String> remoteParticipantId()
meth public java.util.Optional<java.time.Instant> time()
supr java.lang.Record
hfds destinationSessionId,destinationStage,errorCode,kind,participantId,remoteParticipantId,replica,time,unknownValues

CLSS public final static !enum io.ivsjava.realtime.ParticipantEvent$ErrorCode
 outer io.ivsjava.realtime.ParticipantEvent
fld public final static io.ivsjava.realtime.ParticipantEvent$ErrorCode BITRATE_EXCEEDED
fld public final static io.ivsjava.realtime.ParticipantEvent$ErrorCode B_FRAME_PRESENT
fld public final static io.ivsjava.realtime.ParticipantEvent$ErrorCode INSUFFICIENT_CAPABILITIES
fld public final static io.ivsjava.realtime.ParticipantEvent$ErrorCode INTERNAL_SERVER_EXCEPTION
fld public final static io.ivsjava.realtime.ParticipantEvent$ErrorCode INVALID_AUDIO_CODEC
fld public final static io.ivsjava.realtime.ParticipantEvent$ErrorCode INVALID_INPUT
fld public final static io.ivsjava.realtime.ParticipantEvent$ErrorCode INVALID_PROTOCOL
fld public final static io.ivsjava.realtime.ParticipantEvent$ErrorCode INVALID_STREAM_KEY
fld public final static io.ivsjava.realtime.ParticipantEvent$ErrorCode INVALID_VIDEO_CODEC
fld public final static io.ivsjava.realtime.ParticipantEvent$ErrorCode PUBLISHER_NOT_FOUND
fld public final static io.ivsjava.realtime.ParticipantEvent$ErrorCode QUOTA_EXCEEDED
fld public final static io.ivsjava.realtime.ParticipantEvent$ErrorCode RESOLUTION_EXCEEDED
fld public final static io.ivsjava.realtime.ParticipantEvent$ErrorCode REUSE_OF_STREAM_KEY
fld public final static io.ivsjava.realtime.ParticipantEvent$ErrorCode STREAM_DURATION_EXCEEDED
fld public final static io.ivsjava.realtime.ParticipantEvent$ErrorCode UNKNOWN
meth public static io.ivsjava.realtime.ParticipantEvent$ErrorCode valueOf(java.lang.String)
meth public static io.ivsjava.realtime.ParticipantEvent$ErrorCode[] values()
supr java.lang.Enum<io.ivsjava.realtime.ParticipantEvent$ErrorCode>

CLSS public final static !enum io.ivsjava.realtime.ParticipantEvent$Kind
 outer io.ivsjava.realtime.ParticipantEvent
fld public final static io.ivsjava.realtime.ParticipantEvent$Kind JOINED
fld public final static io.ivsjava.realtime.ParticipantEvent$Kind JOIN_ERROR
fld public final static io.ivsjava.realtime.ParticipantEvent$Kind LEFT
fld public final static io.ivsjava.realtime.ParticipantEvent$Kind PUBLISH_ERROR
fld public final static io.ivsjava.realtime.ParticipantEvent$Kind PUBLISH_STARTED
fld public final static io.ivsjava.realtime.ParticipantEvent$Kind PUBLISH_STOPPED
fld public final static io.ivsjava.realtime.ParticipantEvent$Kind REPLICATION_STARTED
fld public final static io.ivsjava.realtime.ParticipantEvent$Kind REPLICATION_STOPPED
fld public final static io.ivsjava.realtime.ParticipantEvent$Kind SUBSCRIBE_ERROR
fld public final static io.ivsjava.realtime.ParticipantEvent$Kind SUBSCRIBE_STARTED
fld public final static io.ivsjava.realtime.ParticipantEvent$Kind SUBSCRIBE_STOPPED
fld public final static io.ivsjava.realtime.ParticipantEvent$Kind TOKEN_EXCHANGED
fld public final static io.ivsjava.realtime.ParticipantEvent$Kind UNKNOWN
meth public static io.ivsjava.realtime.ParticipantEvent$Kind valueOf(java.lang.String)
meth public static io.ivsjava.realtime.ParticipantEvent$Kind[] values()
supr java.lang.Enum<io.ivsjava.realtime.ParticipantEvent$Kind>

CLSS public final io.ivsjava.realtime.ParticipantFilter
cons public init(java.util.Optional<java.lang.String>,java.util.Optional<java.lang.Boolean>,java.util.Optional<io.ivsjava.realtime.ParticipantState>,java.util.Optional<io.ivsjava.realtime.RecordingState>)
fld public final static io.ivsjava.realtime.ParticipantFilter ALL
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.util.Optional<io.ivsjava.realtime.ParticipantState> state()
meth public java.util.Optional<io.ivsjava.realtime.RecordingState> recordingState()
meth public java.util.Optional<java.lang.Boolean> published()
meth public java.util.Optional<java.lang.String> userId()
meth public static io.ivsjava.realtime.ParticipantFilter byPublished(boolean)
meth public static io.ivsjava.realtime.ParticipantFilter byRecordingState(io.ivsjava.realtime.RecordingState)
meth public static io.ivsjava.realtime.ParticipantFilter byState(io.ivsjava.realtime.ParticipantState)
meth public static io.ivsjava.realtime.ParticipantFilter byUserId(java.lang.String)
supr java.lang.Record
hfds published,recordingState,state,userId

CLSS public final io.ivsjava.realtime.ParticipantRecording
cons public init(io.ivsjava.core.StorageConfigurationArn,io.ivsjava.realtime.ParticipantRecording$MediaType,java.util.Optional<io.ivsjava.realtime.Thumbnails>,java.time.Duration,java.util.Optional<java.time.Duration>,boolean)
innr public final static !enum MediaType
innr public final static Builder
meth public boolean recordReplicas()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.StorageConfigurationArn storageConfiguration()
meth public io.ivsjava.realtime.ParticipantRecording$MediaType mediaType()
meth public java.time.Duration reconnectWindow()
meth public java.util.Optional<io.ivsjava.realtime.Thumbnails> thumbnails()
meth public java.util.Optional<java.time.Duration> hlsSegmentDuration()
meth public static io.ivsjava.realtime.ParticipantRecording to(io.ivsjava.core.StorageConfigurationArn)
meth public static io.ivsjava.realtime.ParticipantRecording$Builder builder(io.ivsjava.core.StorageConfigurationArn)
supr java.lang.Record
hfds hlsSegmentDuration,mediaType,reconnectWindow,recordReplicas,storageConfiguration,thumbnails

CLSS public final static io.ivsjava.realtime.ParticipantRecording$Builder
 outer io.ivsjava.realtime.ParticipantRecording
meth public io.ivsjava.realtime.ParticipantRecording build()
meth public io.ivsjava.realtime.ParticipantRecording$Builder hlsSegmentDuration(java.time.Duration)
meth public io.ivsjava.realtime.ParticipantRecording$Builder mediaType(io.ivsjava.realtime.ParticipantRecording$MediaType)
meth public io.ivsjava.realtime.ParticipantRecording$Builder reconnectWindow(java.time.Duration)
meth public io.ivsjava.realtime.ParticipantRecording$Builder recordReplicas(boolean)
meth public io.ivsjava.realtime.ParticipantRecording$Builder thumbnails(io.ivsjava.realtime.Thumbnails)
supr java.lang.Object
hfds hlsSegmentDuration,mediaType,reconnectWindow,recordReplicas,storageConfiguration,thumbnails

CLSS public final static !enum io.ivsjava.realtime.ParticipantRecording$MediaType
 outer io.ivsjava.realtime.ParticipantRecording
fld public final static io.ivsjava.realtime.ParticipantRecording$MediaType AUDIO_ONLY
fld public final static io.ivsjava.realtime.ParticipantRecording$MediaType AUDIO_VIDEO
fld public final static io.ivsjava.realtime.ParticipantRecording$MediaType NONE
fld public final static io.ivsjava.realtime.ParticipantRecording$MediaType UNKNOWN
meth public static io.ivsjava.realtime.ParticipantRecording$MediaType valueOf(java.lang.String)
meth public static io.ivsjava.realtime.ParticipantRecording$MediaType[] values()
supr java.lang.Enum<io.ivsjava.realtime.ParticipantRecording$MediaType>

CLSS public final io.ivsjava.realtime.ParticipantReplica
cons public init(io.ivsjava.core.StageArn,java.lang.String,java.lang.String,io.ivsjava.core.StageArn,java.lang.String,io.ivsjava.realtime.Replication$State,java.util.Map<java.lang.String,java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.StageArn destinationStage()
meth public io.ivsjava.core.StageArn sourceStage()
meth public io.ivsjava.realtime.Replication$State state()
meth public java.lang.String destinationSessionId()
meth public java.lang.String participantId()
meth public java.lang.String sourceSessionId()
meth public java.util.Map<java.lang.String,java.lang.String> unknownValues()
supr java.lang.Record
hfds destinationSessionId,destinationStage,participantId,sourceSessionId,sourceStage,state,unknownValues

CLSS public final !enum io.ivsjava.realtime.ParticipantState
fld public final static io.ivsjava.realtime.ParticipantState CONNECTED
fld public final static io.ivsjava.realtime.ParticipantState DISCONNECTED
fld public final static io.ivsjava.realtime.ParticipantState UNKNOWN
meth public static io.ivsjava.realtime.ParticipantState valueOf(java.lang.String)
meth public static io.ivsjava.realtime.ParticipantState[] values()
supr java.lang.Enum<io.ivsjava.realtime.ParticipantState>

CLSS public final io.ivsjava.realtime.ParticipantSummary
cons public init(java.lang.String,java.util.Optional<java.lang.String>,io.ivsjava.realtime.ParticipantState,java.util.Optional<java.time.Instant>,boolean,io.ivsjava.realtime.RecordingState,io.ivsjava.realtime.Replication,java.util.Map<java.lang.String,java.lang.String>)
meth public boolean published()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.realtime.ParticipantState state()
meth public io.ivsjava.realtime.RecordingState recordingState()
meth public io.ivsjava.realtime.Replication replication()
meth public java.lang.String id()
meth public java.util.Map<java.lang.String,java.lang.String> unknownValues()
meth public java.util.Optional<java.lang.String> userId()
meth public java.util.Optional<java.time.Instant> firstJoinTime()
supr java.lang.Record
hfds firstJoinTime,id,published,recordingState,replication,state,unknownValues,userId

CLSS public final io.ivsjava.realtime.ParticipantToken
cons public init(io.ivsjava.core.StageArn,io.ivsjava.realtime.Participant,java.lang.String,java.time.Instant,boolean)
fld public final static java.time.Duration DEFAULT_DURATION
fld public final static java.time.Duration MAX_DURATION
fld public final static java.time.Duration MIN_DURATION
meth public boolean expiresWithin(java.time.Duration)
meth public boolean expiresWithin(java.time.Duration,java.time.Clock)
meth public boolean selfSigned()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public io.ivsjava.core.StageArn stage()
meth public io.ivsjava.realtime.Participant participant()
meth public java.lang.String toString()
meth public java.lang.String token()
meth public java.time.Instant expiresAt()
supr java.lang.Record
hfds expiresAt,participant,selfSigned,stage,token

CLSS public final io.ivsjava.realtime.ParticipantTokenSigner
meth public io.ivsjava.core.PublicKeyArn publicKeyArn()
meth public io.ivsjava.realtime.ParticipantToken exchange(io.ivsjava.core.StageArn,io.ivsjava.realtime.StageEndpoints,java.lang.String,io.ivsjava.realtime.Role,java.time.Duration)
meth public io.ivsjava.realtime.ParticipantToken exchange(io.ivsjava.realtime.ParticipantToken,io.ivsjava.realtime.Role,java.time.Duration)
meth public io.ivsjava.realtime.ParticipantToken sign(io.ivsjava.core.StageArn,io.ivsjava.realtime.StageEndpoints,io.ivsjava.realtime.Role)
meth public io.ivsjava.realtime.ParticipantToken sign(io.ivsjava.core.StageArn,io.ivsjava.realtime.StageEndpoints,io.ivsjava.realtime.Role,java.time.Duration)
meth public io.ivsjava.realtime.ParticipantToken sign(io.ivsjava.realtime.Stage,io.ivsjava.realtime.Role)
meth public io.ivsjava.realtime.ParticipantToken sign(io.ivsjava.realtime.Stage,io.ivsjava.realtime.Role,java.time.Duration)
meth public java.lang.String toString()
meth public java.util.List<io.ivsjava.realtime.ParticipantToken> signAll(io.ivsjava.core.StageArn,io.ivsjava.realtime.StageEndpoints,java.util.Collection<? extends io.ivsjava.realtime.Role>,java.time.Duration)
meth public java.util.List<io.ivsjava.realtime.ParticipantToken> signAll(io.ivsjava.realtime.Stage,java.util.Collection<? extends io.ivsjava.realtime.Role>,java.time.Duration)
meth public static io.ivsjava.realtime.ParticipantTokenSigner create(io.ivsjava.core.P384KeyPair,io.ivsjava.core.PublicKeyArn)
meth public static io.ivsjava.realtime.ParticipantTokenSigner create(io.ivsjava.core.P384KeyPair,io.ivsjava.core.PublicKeyArn,java.time.Clock)
meth public static io.ivsjava.realtime.ParticipantTokenSigner create(java.security.interfaces.ECPrivateKey,io.ivsjava.core.PublicKeyArn)
meth public static io.ivsjava.realtime.ParticipantTokenSigner create(java.security.interfaces.ECPrivateKey,io.ivsjava.core.PublicKeyArn,java.time.Clock)
supr java.lang.Object
hfds CLAIMS_READER,EXCHANGE_KEEPS,clock,keyArn,signer

CLSS public final io.ivsjava.realtime.ParticipantTokenVerifier
fld public final static int MAX_TOKEN_CHARS = 8192
fld public final static java.time.Duration ALLOWED_CLOCK_SKEW
meth public !varargs io.ivsjava.realtime.ParticipantToken verify(java.lang.String,io.ivsjava.core.StageArn,io.ivsjava.realtime.Capability[])
meth public java.lang.String toString()
meth public static io.ivsjava.realtime.ParticipantTokenVerifier create(io.ivsjava.realtime.ImportedPublicKey)
meth public static io.ivsjava.realtime.ParticipantTokenVerifier create(io.ivsjava.realtime.ImportedPublicKey,java.time.Clock)
meth public static io.ivsjava.realtime.ParticipantTokenVerifier create(java.security.interfaces.ECPublicKey,io.ivsjava.core.PublicKeyArn)
meth public static io.ivsjava.realtime.ParticipantTokenVerifier create(java.security.interfaces.ECPublicKey,io.ivsjava.core.PublicKeyArn,java.time.Clock)
meth public static io.ivsjava.realtime.ParticipantTokenVerifier create(java.util.Collection<io.ivsjava.realtime.ImportedPublicKey>,java.time.Clock)
supr java.lang.Object
hfds ES384_SIGNATURE_BYTES,JSON,clock,keys

CLSS public final io.ivsjava.realtime.PublicKeySummary
cons public init(io.ivsjava.core.PublicKeyArn,java.lang.String,java.util.Map<java.lang.String,java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.PublicKeyArn arn()
meth public java.lang.String name()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
supr java.lang.Record
hfds arn,name,tags

CLSS public final !enum io.ivsjava.realtime.RecordingState
fld public final static io.ivsjava.realtime.RecordingState ACTIVE
fld public final static io.ivsjava.realtime.RecordingState DISABLED
fld public final static io.ivsjava.realtime.RecordingState FAILED
fld public final static io.ivsjava.realtime.RecordingState STARTING
fld public final static io.ivsjava.realtime.RecordingState STOPPED
fld public final static io.ivsjava.realtime.RecordingState STOPPING
fld public final static io.ivsjava.realtime.RecordingState UNKNOWN
meth public static io.ivsjava.realtime.RecordingState valueOf(java.lang.String)
meth public static io.ivsjava.realtime.RecordingState[] values()
supr java.lang.Enum<io.ivsjava.realtime.RecordingState>

CLSS public final io.ivsjava.realtime.Replication
cons public init(io.ivsjava.realtime.Replication$Type,java.util.Optional<io.ivsjava.realtime.Replication$State>,java.util.Optional<io.ivsjava.core.StageArn>,java.util.Optional<java.lang.String>)
fld public final static io.ivsjava.realtime.Replication NONE
innr public final static !enum State
innr public final static !enum Type
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.realtime.Replication$Type type()
meth public java.util.Optional<io.ivsjava.core.StageArn> sourceStage()
meth public java.util.Optional<io.ivsjava.realtime.Replication$State> state()
meth public java.util.Optional<java.lang.String> sourceSessionId()
supr java.lang.Record
hfds sourceSessionId,sourceStage,state,type

CLSS public final static !enum io.ivsjava.realtime.Replication$State
 outer io.ivsjava.realtime.Replication
fld public final static io.ivsjava.realtime.Replication$State ACTIVE
fld public final static io.ivsjava.realtime.Replication$State STOPPED
fld public final static io.ivsjava.realtime.Replication$State UNKNOWN
meth public static io.ivsjava.realtime.Replication$State valueOf(java.lang.String)
meth public static io.ivsjava.realtime.Replication$State[] values()
supr java.lang.Enum<io.ivsjava.realtime.Replication$State>

CLSS public final static !enum io.ivsjava.realtime.Replication$Type
 outer io.ivsjava.realtime.Replication
fld public final static io.ivsjava.realtime.Replication$Type NONE
fld public final static io.ivsjava.realtime.Replication$Type REPLICA
fld public final static io.ivsjava.realtime.Replication$Type SOURCE
fld public final static io.ivsjava.realtime.Replication$Type UNKNOWN
meth public static io.ivsjava.realtime.Replication$Type valueOf(java.lang.String)
meth public static io.ivsjava.realtime.Replication$Type[] values()
supr java.lang.Enum<io.ivsjava.realtime.Replication$Type>

CLSS public abstract interface io.ivsjava.realtime.Role
fld public final static int MAX_ATTRIBUTE_BYTES = 1024
fld public final static int MAX_USER_ID_LENGTH = 128
meth public abstract java.util.Map<java.lang.String,java.lang.String> attributes()
meth public abstract java.util.Optional<java.lang.String> userId()
meth public abstract java.util.Set<io.ivsjava.realtime.Capability> capabilities()

CLSS public final io.ivsjava.realtime.Stage
cons public init(io.ivsjava.core.StageArn,java.lang.String,java.util.Map<java.lang.String,java.lang.String>,java.util.Optional<java.lang.String>,io.ivsjava.realtime.StageEndpoints,java.util.Optional<io.ivsjava.realtime.ParticipantRecording>,java.util.Map<java.lang.String,java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.StageArn arn()
meth public io.ivsjava.realtime.StageEndpoints endpoints()
meth public java.lang.String name()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
meth public java.util.Map<java.lang.String,java.lang.String> unknownValues()
meth public java.util.Optional<io.ivsjava.realtime.ParticipantRecording> autoParticipantRecording()
meth public java.util.Optional<java.lang.String> activeSessionId()
supr java.lang.Record
hfds activeSessionId,arn,autoParticipantRecording,endpoints,name,tags,unknownValues

CLSS public final io.ivsjava.realtime.StageEndpoints
cons public init(java.util.Optional<java.net.URI>,java.util.Optional<java.net.URI>,java.util.Optional<java.net.URI>,java.util.Optional<java.net.URI>)
fld public final static io.ivsjava.realtime.StageEndpoints NONE
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.util.Optional<java.net.URI> events()
meth public java.util.Optional<java.net.URI> rtmp()
meth public java.util.Optional<java.net.URI> rtmps()
meth public java.util.Optional<java.net.URI> whip()
meth public static io.ivsjava.realtime.StageEndpoints of(java.net.URI,java.net.URI)
supr java.lang.Record
hfds events,rtmp,rtmps,whip

CLSS public final io.ivsjava.realtime.StageSession
cons public init(java.lang.String,java.util.Optional<java.time.Instant>,java.util.Optional<java.time.Instant>)
meth public boolean isActive()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String id()
meth public java.util.Optional<java.time.Instant> endTime()
meth public java.util.Optional<java.time.Instant> startTime()
supr java.lang.Record
hfds endTime,id,startTime

CLSS public final io.ivsjava.realtime.StageSpec
cons public init(java.lang.String,java.util.Map<java.lang.String,java.lang.String>,java.util.List<io.ivsjava.realtime.StageSpec$InitialToken>,java.util.Optional<io.ivsjava.realtime.ParticipantRecording>)
fld public final static int MAX_INITIAL_TOKENS = 12
innr public final static Builder
innr public final static InitialToken
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String name()
meth public java.util.List<io.ivsjava.realtime.StageSpec$InitialToken> tokens()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
meth public java.util.Optional<io.ivsjava.realtime.ParticipantRecording> autoParticipantRecording()
meth public static io.ivsjava.realtime.StageSpec$Builder builder()
supr java.lang.Record
hfds autoParticipantRecording,name,tags,tokens

CLSS public final static io.ivsjava.realtime.StageSpec$Builder
 outer io.ivsjava.realtime.StageSpec
meth public io.ivsjava.realtime.StageSpec build()
meth public io.ivsjava.realtime.StageSpec$Builder autoParticipantRecording(io.ivsjava.realtime.ParticipantRecording)
meth public io.ivsjava.realtime.StageSpec$Builder name(java.lang.String)
meth public io.ivsjava.realtime.StageSpec$Builder tag(java.lang.String,java.lang.String)
meth public io.ivsjava.realtime.StageSpec$Builder tags(java.util.Map<java.lang.String,java.lang.String>)
meth public io.ivsjava.realtime.StageSpec$Builder withToken(io.ivsjava.realtime.Role)
meth public io.ivsjava.realtime.StageSpec$Builder withToken(io.ivsjava.realtime.Role,java.time.Duration)
supr java.lang.Object
hfds name,recording,tags,tokens

CLSS public final static io.ivsjava.realtime.StageSpec$InitialToken
 outer io.ivsjava.realtime.StageSpec
cons public init(io.ivsjava.realtime.Role,java.time.Duration)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.realtime.Role role()
meth public java.time.Duration duration()
supr java.lang.Record
hfds duration,role

CLSS public final io.ivsjava.realtime.StageSummary
cons public init(io.ivsjava.core.StageArn,java.lang.String,java.util.Map<java.lang.String,java.lang.String>,java.util.Optional<java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.StageArn arn()
meth public java.lang.String name()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
meth public java.util.Optional<java.lang.String> activeSessionId()
supr java.lang.Record
hfds activeSessionId,arn,name,tags

CLSS public final io.ivsjava.realtime.StageUpdate
cons public init(java.util.Optional<java.lang.String>,java.util.Optional<io.ivsjava.realtime.ParticipantRecording>,boolean)
meth public boolean stopAutoParticipantRecording()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.realtime.StageUpdate withName(java.lang.String)
meth public java.util.Optional<io.ivsjava.realtime.ParticipantRecording> autoParticipantRecording()
meth public java.util.Optional<java.lang.String> name()
meth public static io.ivsjava.realtime.StageUpdate recordParticipants(io.ivsjava.realtime.ParticipantRecording)
meth public static io.ivsjava.realtime.StageUpdate rename(java.lang.String)
meth public static io.ivsjava.realtime.StageUpdate stopRecordingParticipants()
supr java.lang.Record
hfds autoParticipantRecording,name,stopAutoParticipantRecording

CLSS public final io.ivsjava.realtime.StorageConfiguration
cons public init(io.ivsjava.core.StorageConfigurationArn,java.lang.String,java.lang.String,java.util.Map<java.lang.String,java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.StorageConfigurationArn arn()
meth public java.lang.String bucketName()
meth public java.lang.String name()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
supr java.lang.Record
hfds arn,bucketName,name,tags

CLSS public final io.ivsjava.realtime.Thumbnails
cons public init(java.time.Duration,java.util.Set<io.ivsjava.realtime.Thumbnails$Storage>)
fld public final static java.time.Duration DEFAULT_INTERVAL
innr public final static !enum Storage
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.time.Duration interval()
meth public java.util.Set<io.ivsjava.realtime.Thumbnails$Storage> storage()
meth public static io.ivsjava.realtime.Thumbnails every(java.time.Duration)
meth public static io.ivsjava.realtime.Thumbnails every(java.time.Duration,java.util.Set<io.ivsjava.realtime.Thumbnails$Storage>)
supr java.lang.Record
hfds interval,storage

CLSS public final static !enum io.ivsjava.realtime.Thumbnails$Storage
 outer io.ivsjava.realtime.Thumbnails
fld public final static io.ivsjava.realtime.Thumbnails$Storage LATEST
fld public final static io.ivsjava.realtime.Thumbnails$Storage SEQUENTIAL
fld public final static io.ivsjava.realtime.Thumbnails$Storage UNKNOWN
meth public static io.ivsjava.realtime.Thumbnails$Storage valueOf(java.lang.String)
meth public static io.ivsjava.realtime.Thumbnails$Storage[] values()
supr java.lang.Enum<io.ivsjava.realtime.Thumbnails$Storage>

CLSS public final io.ivsjava.realtime.Video
cons public init(int,int,double,int)
fld public final static int MAX_BITRATE = 8500000
fld public final static int MAX_PIXELS = 2073600
fld public final static io.ivsjava.realtime.Video DEFAULT
meth public double framerate()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public int bitrate()
meth public int height()
meth public int width()
supr java.lang.Record
hfds bitrate,framerate,height,width

CLSS public final io.ivsjava.realtime.Viewer
cons public init(java.util.Optional<java.lang.String>,java.util.Map<java.lang.String,java.lang.String>)
intf io.ivsjava.realtime.Role
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.util.Map<java.lang.String,java.lang.String> attributes()
meth public java.util.Optional<java.lang.String> userId()
meth public java.util.Set<io.ivsjava.realtime.Capability> capabilities()
meth public static io.ivsjava.realtime.Viewer anonymous()
meth public static io.ivsjava.realtime.Viewer of(java.lang.String)
meth public static io.ivsjava.realtime.Viewer of(java.lang.String,java.util.Map<java.lang.String,java.lang.String>)
supr java.lang.Record
hfds CAPABILITIES,attributes,userId

CLSS abstract interface io.ivsjava.realtime.package-info
 anno 0 org.jspecify.annotations.NullMarked()

CLSS public abstract interface java.io.Serializable

CLSS public abstract interface java.lang.AutoCloseable
meth public abstract void close() throws java.lang.Exception

CLSS public abstract interface java.lang.Comparable<%0 extends java.lang.Object>
meth public abstract int compareTo({java.lang.Comparable%0})

CLSS public abstract java.lang.Enum<%0 extends java.lang.Enum<{java.lang.Enum%0}>>
cons protected init(java.lang.String,int)
innr public final static EnumDesc
intf java.io.Serializable
intf java.lang.Comparable<{java.lang.Enum%0}>
intf java.lang.constant.Constable
meth protected final java.lang.Object clone() throws java.lang.CloneNotSupportedException
meth protected final void finalize()
meth public final boolean equals(java.lang.Object)
meth public final int compareTo({java.lang.Enum%0})
meth public final int hashCode()
meth public final int ordinal()
meth public final java.lang.Class<{java.lang.Enum%0}> getDeclaringClass()
meth public final java.lang.String name()
meth public final java.util.Optional<java.lang.Enum$EnumDesc<{java.lang.Enum%0}>> describeConstable()
meth public java.lang.String toString()
meth public static <%0 extends java.lang.Enum<{%%0}>> {%%0} valueOf(java.lang.Class<{%%0}>,java.lang.String)
supr java.lang.Object
hfds name,ordinal

CLSS public java.lang.Object
cons public init()
meth protected java.lang.Object clone() throws java.lang.CloneNotSupportedException
meth protected void finalize() throws java.lang.Throwable
 anno 0 java.lang.Deprecated(boolean forRemoval=false, java.lang.String since="9")
meth public boolean equals(java.lang.Object)
meth public final java.lang.Class<?> getClass()
meth public final void notify()
meth public final void notifyAll()
meth public final void wait() throws java.lang.InterruptedException
meth public final void wait(long) throws java.lang.InterruptedException
meth public final void wait(long,int) throws java.lang.InterruptedException
meth public int hashCode()
meth public java.lang.String toString()

CLSS public abstract java.lang.Record
cons protected init()
meth public abstract boolean equals(java.lang.Object)
meth public abstract int hashCode()
meth public abstract java.lang.String toString()
supr java.lang.Object

CLSS public abstract interface java.lang.annotation.Annotation
meth public abstract boolean equals(java.lang.Object)
meth public abstract int hashCode()
meth public abstract java.lang.Class<? extends java.lang.annotation.Annotation> annotationType()
meth public abstract java.lang.String toString()

CLSS public abstract interface !annotation java.lang.annotation.Documented
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[ANNOTATION_TYPE])
intf java.lang.annotation.Annotation

CLSS public abstract interface !annotation java.lang.annotation.Retention
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[ANNOTATION_TYPE])
intf java.lang.annotation.Annotation
meth public abstract java.lang.annotation.RetentionPolicy value()

CLSS public abstract interface !annotation java.lang.annotation.Target
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[ANNOTATION_TYPE])
intf java.lang.annotation.Annotation
meth public abstract java.lang.annotation.ElementType[] value()

CLSS public abstract interface java.lang.constant.Constable
meth public abstract java.util.Optional<? extends java.lang.constant.ConstantDesc> describeConstable()

CLSS public abstract interface !annotation org.jspecify.annotations.NullMarked
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[MODULE, PACKAGE, TYPE, METHOD, CONSTRUCTOR])
intf java.lang.annotation.Annotation

