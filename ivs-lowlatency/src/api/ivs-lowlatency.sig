#Signature file v4.1
#Version ivs-lowlatency

CLSS public final io.ivsjava.lowlatency.AudioInput
cons public init(java.util.Optional<java.lang.String>,java.lang.String,long,long,long)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String codec()
meth public java.util.Optional<java.lang.String> track()
meth public long channels()
meth public long sampleRate()
meth public long targetBitrate()
supr java.lang.Record
hfds channels,codec,sampleRate,targetBitrate,track

CLSS public final io.ivsjava.lowlatency.BatchError
cons public init(java.lang.String,java.lang.String,java.lang.String)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String arn()
meth public java.lang.String code()
meth public java.lang.String message()
supr java.lang.Record
hfds arn,code,message

CLSS public final io.ivsjava.lowlatency.BatchResult<%0 extends java.lang.Object>
cons public init(java.util.List<{io.ivsjava.lowlatency.BatchResult%0}>,java.util.List<io.ivsjava.lowlatency.BatchError>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.util.List<io.ivsjava.lowlatency.BatchError> errors()
meth public java.util.List<{io.ivsjava.lowlatency.BatchResult%0}> found()
supr java.lang.Record
hfds errors,found

CLSS public final io.ivsjava.lowlatency.Channel
cons public init(io.ivsjava.core.ChannelArn,java.lang.String,io.ivsjava.lowlatency.ChannelType,io.ivsjava.lowlatency.LatencyMode,boolean,boolean,java.util.Optional<io.ivsjava.lowlatency.TranscodePreset>,io.ivsjava.lowlatency.ContainerFormat,java.util.Optional<io.ivsjava.lowlatency.MultitrackInput>,java.util.Optional<io.ivsjava.core.RecordingConfigurationArn>,java.util.Optional<io.ivsjava.core.PlaybackRestrictionPolicyArn>,io.ivsjava.lowlatency.IngestEndpoint,io.ivsjava.lowlatency.PlaybackUrl,java.util.Map<java.lang.String,java.lang.String>,java.util.Map<java.lang.String,java.lang.String>)
meth public boolean authorized()
meth public boolean insecureIngest()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.ChannelArn arn()
meth public io.ivsjava.lowlatency.ChannelType type()
meth public io.ivsjava.lowlatency.ContainerFormat containerFormat()
meth public io.ivsjava.lowlatency.IngestEndpoint ingest()
meth public io.ivsjava.lowlatency.LatencyMode latencyMode()
meth public io.ivsjava.lowlatency.PlaybackUrl playbackUrl()
meth public java.lang.String name()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
meth public java.util.Map<java.lang.String,java.lang.String> unknownValues()
meth public java.util.Optional<io.ivsjava.core.PlaybackRestrictionPolicyArn> playbackRestrictionPolicy()
meth public java.util.Optional<io.ivsjava.core.RecordingConfigurationArn> recordingConfiguration()
meth public java.util.Optional<io.ivsjava.lowlatency.MultitrackInput> multitrackInput()
meth public java.util.Optional<io.ivsjava.lowlatency.TranscodePreset> preset()
supr java.lang.Record
hfds arn,authorized,containerFormat,ingest,insecureIngest,latencyMode,multitrackInput,name,playbackRestrictionPolicy,playbackUrl,preset,recordingConfiguration,tags,type,unknownValues

CLSS public abstract interface io.ivsjava.lowlatency.ChannelFilter
innr public final static ByName
innr public final static ByPlaybackRestrictionPolicy
innr public final static ByRecordingConfiguration
meth public static io.ivsjava.lowlatency.ChannelFilter byName(java.lang.String)
meth public static io.ivsjava.lowlatency.ChannelFilter byPlaybackRestrictionPolicy(io.ivsjava.core.PlaybackRestrictionPolicyArn)
meth public static io.ivsjava.lowlatency.ChannelFilter byRecordingConfiguration(io.ivsjava.core.RecordingConfigurationArn)

CLSS public final static io.ivsjava.lowlatency.ChannelFilter$ByName
 outer io.ivsjava.lowlatency.ChannelFilter
cons public init(java.lang.String)
intf io.ivsjava.lowlatency.ChannelFilter
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String name()
supr java.lang.Record
hfds name

CLSS public final static io.ivsjava.lowlatency.ChannelFilter$ByPlaybackRestrictionPolicy
 outer io.ivsjava.lowlatency.ChannelFilter
cons public init(io.ivsjava.core.PlaybackRestrictionPolicyArn)
intf io.ivsjava.lowlatency.ChannelFilter
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.PlaybackRestrictionPolicyArn arn()
supr java.lang.Record
hfds arn

CLSS public final static io.ivsjava.lowlatency.ChannelFilter$ByRecordingConfiguration
 outer io.ivsjava.lowlatency.ChannelFilter
cons public init(io.ivsjava.core.RecordingConfigurationArn)
intf io.ivsjava.lowlatency.ChannelFilter
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.RecordingConfigurationArn arn()
supr java.lang.Record
hfds arn

CLSS public final io.ivsjava.lowlatency.ChannelSpec
cons public init(java.lang.String,io.ivsjava.lowlatency.ChannelType,io.ivsjava.lowlatency.LatencyMode,boolean,boolean,java.util.Optional<io.ivsjava.lowlatency.TranscodePreset>,java.util.Optional<io.ivsjava.lowlatency.ContainerFormat>,java.util.Optional<io.ivsjava.lowlatency.MultitrackInput>,java.util.Optional<io.ivsjava.core.RecordingConfigurationArn>,java.util.Optional<io.ivsjava.core.PlaybackRestrictionPolicyArn>,java.util.Map<java.lang.String,java.lang.String>)
innr public final static Builder
meth public boolean authorized()
meth public boolean insecureIngest()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.lowlatency.ChannelType type()
meth public io.ivsjava.lowlatency.ContainerFormat effectiveContainerFormat()
meth public io.ivsjava.lowlatency.LatencyMode latencyMode()
meth public java.lang.String name()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
meth public java.util.Optional<io.ivsjava.core.PlaybackRestrictionPolicyArn> playbackRestrictionPolicy()
meth public java.util.Optional<io.ivsjava.core.RecordingConfigurationArn> recordingConfiguration()
meth public java.util.Optional<io.ivsjava.lowlatency.ContainerFormat> containerFormat()
meth public java.util.Optional<io.ivsjava.lowlatency.MultitrackInput> multitrackInput()
meth public java.util.Optional<io.ivsjava.lowlatency.TranscodePreset> preset()
meth public static io.ivsjava.lowlatency.ChannelSpec$Builder builder()
supr java.lang.Record
hfds authorized,containerFormat,insecureIngest,latencyMode,multitrackInput,name,playbackRestrictionPolicy,preset,recordingConfiguration,tags,type

CLSS public final static io.ivsjava.lowlatency.ChannelSpec$Builder
 outer io.ivsjava.lowlatency.ChannelSpec
meth public io.ivsjava.lowlatency.ChannelSpec build()
meth public io.ivsjava.lowlatency.ChannelSpec$Builder authorized(boolean)
meth public io.ivsjava.lowlatency.ChannelSpec$Builder containerFormat(io.ivsjava.lowlatency.ContainerFormat)
meth public io.ivsjava.lowlatency.ChannelSpec$Builder insecureIngest(boolean)
meth public io.ivsjava.lowlatency.ChannelSpec$Builder latencyMode(io.ivsjava.lowlatency.LatencyMode)
meth public io.ivsjava.lowlatency.ChannelSpec$Builder multitrackInput(io.ivsjava.lowlatency.MultitrackInput)
meth public io.ivsjava.lowlatency.ChannelSpec$Builder name(java.lang.String)
meth public io.ivsjava.lowlatency.ChannelSpec$Builder playbackRestrictionPolicy(io.ivsjava.core.PlaybackRestrictionPolicyArn)
meth public io.ivsjava.lowlatency.ChannelSpec$Builder preset(io.ivsjava.lowlatency.TranscodePreset)
meth public io.ivsjava.lowlatency.ChannelSpec$Builder recordingConfiguration(io.ivsjava.core.RecordingConfigurationArn)
meth public io.ivsjava.lowlatency.ChannelSpec$Builder tag(java.lang.String,java.lang.String)
meth public io.ivsjava.lowlatency.ChannelSpec$Builder tags(java.util.Map<java.lang.String,java.lang.String>)
meth public io.ivsjava.lowlatency.ChannelSpec$Builder type(io.ivsjava.lowlatency.ChannelType)
supr java.lang.Object
hfds authorized,containerFormat,insecureIngest,latencyMode,multitrackInput,name,playbackRestrictionPolicy,preset,recordingConfiguration,tags,type

CLSS public final io.ivsjava.lowlatency.ChannelSummary
cons public init(io.ivsjava.core.ChannelArn,java.lang.String,io.ivsjava.lowlatency.ChannelType,io.ivsjava.lowlatency.LatencyMode,boolean,boolean,java.util.Optional<io.ivsjava.lowlatency.TranscodePreset>,java.util.Optional<io.ivsjava.core.RecordingConfigurationArn>,java.util.Optional<io.ivsjava.core.PlaybackRestrictionPolicyArn>,java.util.Map<java.lang.String,java.lang.String>,java.util.Map<java.lang.String,java.lang.String>)
meth public boolean authorized()
meth public boolean insecureIngest()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.ChannelArn arn()
meth public io.ivsjava.lowlatency.ChannelType type()
meth public io.ivsjava.lowlatency.LatencyMode latencyMode()
meth public java.lang.String name()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
meth public java.util.Map<java.lang.String,java.lang.String> unknownValues()
meth public java.util.Optional<io.ivsjava.core.PlaybackRestrictionPolicyArn> playbackRestrictionPolicy()
meth public java.util.Optional<io.ivsjava.core.RecordingConfigurationArn> recordingConfiguration()
meth public java.util.Optional<io.ivsjava.lowlatency.TranscodePreset> preset()
supr java.lang.Record
hfds arn,authorized,insecureIngest,latencyMode,name,playbackRestrictionPolicy,preset,recordingConfiguration,tags,type,unknownValues

CLSS public final !enum io.ivsjava.lowlatency.ChannelType
fld public final static io.ivsjava.lowlatency.ChannelType ADVANCED_HD
fld public final static io.ivsjava.lowlatency.ChannelType ADVANCED_SD
fld public final static io.ivsjava.lowlatency.ChannelType BASIC
fld public final static io.ivsjava.lowlatency.ChannelType STANDARD
fld public final static io.ivsjava.lowlatency.ChannelType UNKNOWN
meth public static io.ivsjava.lowlatency.ChannelType valueOf(java.lang.String)
meth public static io.ivsjava.lowlatency.ChannelType[] values()
supr java.lang.Enum<io.ivsjava.lowlatency.ChannelType>

CLSS public final io.ivsjava.lowlatency.ChannelUpdate
cons public init(java.util.Optional<java.lang.String>,java.util.Optional<io.ivsjava.lowlatency.ChannelType>,java.util.Optional<io.ivsjava.lowlatency.LatencyMode>,java.util.Optional<java.lang.Boolean>,java.util.Optional<java.lang.Boolean>,java.util.Optional<io.ivsjava.lowlatency.TranscodePreset>,java.util.Optional<io.ivsjava.lowlatency.ContainerFormat>,java.util.Optional<java.util.Optional<io.ivsjava.lowlatency.MultitrackInput>>,java.util.Optional<java.util.Optional<io.ivsjava.core.RecordingConfigurationArn>>,java.util.Optional<java.util.Optional<io.ivsjava.core.PlaybackRestrictionPolicyArn>>)
innr public final static Builder
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.util.Optional<io.ivsjava.lowlatency.ChannelType> type()
meth public java.util.Optional<io.ivsjava.lowlatency.ContainerFormat> containerFormat()
meth public java.util.Optional<io.ivsjava.lowlatency.LatencyMode> latencyMode()
meth public java.util.Optional<io.ivsjava.lowlatency.TranscodePreset> preset()
meth public java.util.Optional<java.lang.Boolean> authorized()
meth public java.util.Optional<java.lang.Boolean> insecureIngest()
meth public java.util.Optional<java.lang.String> name()
meth public java.util.Optional<java.util.Optional<io.ivsjava.core.PlaybackRestrictionPolicyArn>> playbackRestrictionPolicy()
meth public java.util.Optional<java.util.Optional<io.ivsjava.core.RecordingConfigurationArn>> recordingConfiguration()
meth public java.util.Optional<java.util.Optional<io.ivsjava.lowlatency.MultitrackInput>> multitrackInput()
meth public static io.ivsjava.lowlatency.ChannelUpdate$Builder builder()
supr java.lang.Record
hfds authorized,containerFormat,insecureIngest,latencyMode,multitrackInput,name,playbackRestrictionPolicy,preset,recordingConfiguration,type

CLSS public final static io.ivsjava.lowlatency.ChannelUpdate$Builder
 outer io.ivsjava.lowlatency.ChannelUpdate
meth public io.ivsjava.lowlatency.ChannelUpdate build()
meth public io.ivsjava.lowlatency.ChannelUpdate$Builder authorized(boolean)
meth public io.ivsjava.lowlatency.ChannelUpdate$Builder containerFormat(io.ivsjava.lowlatency.ContainerFormat)
meth public io.ivsjava.lowlatency.ChannelUpdate$Builder disableMultitrackInput()
meth public io.ivsjava.lowlatency.ChannelUpdate$Builder insecureIngest(boolean)
meth public io.ivsjava.lowlatency.ChannelUpdate$Builder latencyMode(io.ivsjava.lowlatency.LatencyMode)
meth public io.ivsjava.lowlatency.ChannelUpdate$Builder multitrackInput(io.ivsjava.lowlatency.MultitrackInput)
meth public io.ivsjava.lowlatency.ChannelUpdate$Builder name(java.lang.String)
meth public io.ivsjava.lowlatency.ChannelUpdate$Builder playbackRestrictionPolicy(io.ivsjava.core.PlaybackRestrictionPolicyArn)
meth public io.ivsjava.lowlatency.ChannelUpdate$Builder preset(io.ivsjava.lowlatency.TranscodePreset)
meth public io.ivsjava.lowlatency.ChannelUpdate$Builder recordingConfiguration(io.ivsjava.core.RecordingConfigurationArn)
meth public io.ivsjava.lowlatency.ChannelUpdate$Builder removePlaybackRestrictionPolicy()
meth public io.ivsjava.lowlatency.ChannelUpdate$Builder stopRecording()
meth public io.ivsjava.lowlatency.ChannelUpdate$Builder type(io.ivsjava.lowlatency.ChannelType)
supr java.lang.Object
hfds authorized,containerFormat,insecureIngest,latencyMode,multitrackInput,name,playbackRestrictionPolicy,preset,recordingConfiguration,type

CLSS public final !enum io.ivsjava.lowlatency.ContainerFormat
fld public final static io.ivsjava.lowlatency.ContainerFormat FRAGMENTED_MP4
fld public final static io.ivsjava.lowlatency.ContainerFormat TS
fld public final static io.ivsjava.lowlatency.ContainerFormat UNKNOWN
meth public static io.ivsjava.lowlatency.ContainerFormat valueOf(java.lang.String)
meth public static io.ivsjava.lowlatency.ContainerFormat[] values()
supr java.lang.Enum<io.ivsjava.lowlatency.ContainerFormat>

CLSS public final io.ivsjava.lowlatency.CreatedChannel
cons public init(io.ivsjava.lowlatency.Channel,io.ivsjava.lowlatency.StreamKey)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.lowlatency.Channel channel()
meth public io.ivsjava.lowlatency.StreamKey streamKey()
supr java.lang.Record
hfds channel,streamKey

CLSS public final !enum io.ivsjava.lowlatency.DeleteOption
fld public final static io.ivsjava.lowlatency.DeleteOption IF_EXISTS
fld public final static io.ivsjava.lowlatency.DeleteOption STOP_STREAM_FIRST
meth public static io.ivsjava.lowlatency.DeleteOption valueOf(java.lang.String)
meth public static io.ivsjava.lowlatency.DeleteOption[] values()
supr java.lang.Enum<io.ivsjava.lowlatency.DeleteOption>

CLSS public final io.ivsjava.lowlatency.GeneratedPlaybackKeyPair
cons public init(io.ivsjava.lowlatency.PlaybackKeyPair,io.ivsjava.core.P384KeyPair)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.P384KeyPair keys()
meth public io.ivsjava.lowlatency.PlaybackKeyPair keyPair()
meth public io.ivsjava.lowlatency.PlaybackTokenSigner signer()
meth public io.ivsjava.lowlatency.PlaybackTokenSigner signer(java.time.Clock)
supr java.lang.Record
hfds keyPair,keys

CLSS public final io.ivsjava.lowlatency.IngestEndpoint
cons public init(java.lang.String,boolean,java.util.Optional<io.ivsjava.lowlatency.SrtEndpoint>)
fld public final static int RTMPS_PORT = 443
fld public final static int RTMP_PORT = 1935
meth public boolean insecureIngestAllowed()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String host()
meth public java.net.URI rtmpsUrl()
meth public java.net.URI rtmpsUrl(io.ivsjava.lowlatency.StreamKey)
meth public java.util.Optional<io.ivsjava.lowlatency.SrtEndpoint> srt()
meth public java.util.Optional<java.net.URI> rtmpUrl()
meth public java.util.Optional<java.net.URI> srtUrl(io.ivsjava.lowlatency.StreamKey)
supr java.lang.Record
hfds host,insecureIngestAllowed,srt

CLSS public final io.ivsjava.lowlatency.IvsLowLatency
fld public final static int MAX_BATCH_GET = 50
fld public final static int MAX_BATCH_REVOCATIONS = 20
fld public final static int MAX_METADATA_BYTES = 1024
intf java.lang.AutoCloseable
meth public !varargs boolean deleteChannel(io.ivsjava.core.ChannelArn,io.ivsjava.lowlatency.DeleteOption[])
meth public !varargs boolean deletePlaybackKeyPair(io.ivsjava.core.PlaybackKeyPairArn,io.ivsjava.lowlatency.DeleteOption[])
meth public !varargs boolean deletePlaybackRestrictionPolicy(io.ivsjava.core.PlaybackRestrictionPolicyArn,io.ivsjava.lowlatency.DeleteOption[])
meth public !varargs boolean deleteRecordingConfiguration(io.ivsjava.core.RecordingConfigurationArn,io.ivsjava.lowlatency.DeleteOption[])
meth public !varargs boolean deleteStreamKey(io.ivsjava.core.StreamKeyArn,io.ivsjava.lowlatency.DeleteOption[])
meth public io.ivsjava.lowlatency.BatchResult<io.ivsjava.lowlatency.Channel> batchGetChannels(java.util.Collection<io.ivsjava.core.ChannelArn>)
meth public io.ivsjava.lowlatency.BatchResult<io.ivsjava.lowlatency.StreamKey> batchGetStreamKeys(java.util.Collection<io.ivsjava.core.StreamKeyArn>)
meth public io.ivsjava.lowlatency.Channel getChannel(io.ivsjava.core.ChannelArn)
meth public io.ivsjava.lowlatency.Channel updateChannel(io.ivsjava.core.ChannelArn,io.ivsjava.lowlatency.ChannelUpdate)
meth public io.ivsjava.lowlatency.CreatedChannel createChannel(io.ivsjava.lowlatency.ChannelSpec)
meth public io.ivsjava.lowlatency.GeneratedPlaybackKeyPair createPlaybackKeyPair(java.lang.String)
meth public io.ivsjava.lowlatency.GeneratedPlaybackKeyPair createPlaybackKeyPair(java.lang.String,java.util.Map<java.lang.String,java.lang.String>)
meth public io.ivsjava.lowlatency.PlaybackKeyPair getPlaybackKeyPair(io.ivsjava.core.PlaybackKeyPairArn)
meth public io.ivsjava.lowlatency.PlaybackKeyPair importPlaybackKeyPair(java.lang.String,java.security.interfaces.ECPublicKey)
meth public io.ivsjava.lowlatency.PlaybackKeyPair importPlaybackKeyPair(java.lang.String,java.security.interfaces.ECPublicKey,java.util.Map<java.lang.String,java.lang.String>)
meth public io.ivsjava.lowlatency.PlaybackRestrictionPolicy createPlaybackRestrictionPolicy(io.ivsjava.lowlatency.PlaybackRestrictionPolicySpec)
meth public io.ivsjava.lowlatency.PlaybackRestrictionPolicy getPlaybackRestrictionPolicy(io.ivsjava.core.PlaybackRestrictionPolicyArn)
meth public io.ivsjava.lowlatency.PlaybackRestrictionPolicy updatePlaybackRestrictionPolicy(io.ivsjava.core.PlaybackRestrictionPolicyArn,io.ivsjava.lowlatency.PlaybackRestrictionPolicyUpdate)
meth public io.ivsjava.lowlatency.RecordingConfiguration createRecordingConfiguration(io.ivsjava.lowlatency.RecordingConfigurationSpec)
meth public io.ivsjava.lowlatency.RecordingConfiguration getRecordingConfiguration(io.ivsjava.core.RecordingConfigurationArn)
meth public io.ivsjava.lowlatency.StreamKey createStreamKey(io.ivsjava.core.ChannelArn,java.util.Map<java.lang.String,java.lang.String>)
meth public io.ivsjava.lowlatency.StreamKey getStreamKey(io.ivsjava.core.StreamKeyArn)
meth public io.ivsjava.lowlatency.StreamKey rotateStreamKey(io.ivsjava.core.ChannelArn)
meth public io.ivsjava.lowlatency.StreamSession getStreamSession(io.ivsjava.core.ChannelArn)
meth public io.ivsjava.lowlatency.StreamSession getStreamSession(io.ivsjava.core.ChannelArn,java.lang.String)
meth public java.util.List<io.ivsjava.lowlatency.RevocationFailure> revokeViewerSessions(java.util.Collection<io.ivsjava.lowlatency.ViewerRevocation>)
meth public java.util.Map<java.lang.String,java.lang.String> listTags(io.ivsjava.core.ResourceArn)
meth public java.util.Optional<io.ivsjava.lowlatency.LiveStream> getStream(io.ivsjava.core.ChannelArn)
meth public java.util.stream.Stream<io.ivsjava.lowlatency.ChannelSummary> listChannels()
meth public java.util.stream.Stream<io.ivsjava.lowlatency.ChannelSummary> listChannels(io.ivsjava.lowlatency.ChannelFilter)
meth public java.util.stream.Stream<io.ivsjava.lowlatency.PlaybackKeyPair> listPlaybackKeyPairs()
meth public java.util.stream.Stream<io.ivsjava.lowlatency.PlaybackRestrictionPolicy> listPlaybackRestrictionPolicies()
meth public java.util.stream.Stream<io.ivsjava.lowlatency.RecordingConfigurationSummary> listRecordingConfigurations()
meth public java.util.stream.Stream<io.ivsjava.lowlatency.StreamKeySummary> listStreamKeys(io.ivsjava.core.ChannelArn)
meth public java.util.stream.Stream<io.ivsjava.lowlatency.StreamSessionSummary> listStreamSessions(io.ivsjava.core.ChannelArn)
meth public java.util.stream.Stream<io.ivsjava.lowlatency.StreamSummary> listStreams()
meth public java.util.stream.Stream<io.ivsjava.lowlatency.StreamSummary> listStreams(io.ivsjava.lowlatency.StreamHealth)
meth public software.amazon.awssdk.services.ivs.IvsClient sdkClient()
meth public static io.ivsjava.lowlatency.IvsLowLatency connect(io.ivsjava.core.IvsConnection)
meth public static io.ivsjava.lowlatency.IvsLowLatency connect(io.ivsjava.core.IvsConnection,java.time.Clock)
meth public static io.ivsjava.lowlatency.IvsLowLatency create(software.amazon.awssdk.services.ivs.IvsClient)
meth public static io.ivsjava.lowlatency.IvsLowLatency create(software.amazon.awssdk.services.ivs.IvsClient,java.time.Clock)
meth public void close()
meth public void putMetadata(io.ivsjava.core.ChannelArn,java.lang.String)
meth public void revokeViewerSession(io.ivsjava.core.ChannelArn,java.lang.String)
meth public void revokeViewerSession(io.ivsjava.lowlatency.ViewerRevocation)
meth public void stopStream(io.ivsjava.core.ChannelArn)
meth public void tagResource(io.ivsjava.core.ResourceArn,java.util.Map<java.lang.String,java.lang.String>)
meth public void untagResource(io.ivsjava.core.ResourceArn,java.util.Collection<java.lang.String>)
supr java.lang.Object
hfds client,ops,ownsClient

CLSS public final io.ivsjava.lowlatency.IvsLowLatencyAsync
intf java.lang.AutoCloseable
meth public !varargs java.util.concurrent.CompletableFuture<java.lang.Boolean> deleteChannel(io.ivsjava.core.ChannelArn,io.ivsjava.lowlatency.DeleteOption[])
meth public !varargs java.util.concurrent.CompletableFuture<java.lang.Boolean> deletePlaybackKeyPair(io.ivsjava.core.PlaybackKeyPairArn,io.ivsjava.lowlatency.DeleteOption[])
meth public !varargs java.util.concurrent.CompletableFuture<java.lang.Boolean> deletePlaybackRestrictionPolicy(io.ivsjava.core.PlaybackRestrictionPolicyArn,io.ivsjava.lowlatency.DeleteOption[])
meth public !varargs java.util.concurrent.CompletableFuture<java.lang.Boolean> deleteRecordingConfiguration(io.ivsjava.core.RecordingConfigurationArn,io.ivsjava.lowlatency.DeleteOption[])
meth public !varargs java.util.concurrent.CompletableFuture<java.lang.Boolean> deleteStreamKey(io.ivsjava.core.StreamKeyArn,io.ivsjava.lowlatency.DeleteOption[])
meth public java.util.concurrent.CompletableFuture<io.ivsjava.lowlatency.BatchResult<io.ivsjava.lowlatency.Channel>> batchGetChannels(java.util.Collection<io.ivsjava.core.ChannelArn>)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.lowlatency.BatchResult<io.ivsjava.lowlatency.StreamKey>> batchGetStreamKeys(java.util.Collection<io.ivsjava.core.StreamKeyArn>)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.lowlatency.Channel> getChannel(io.ivsjava.core.ChannelArn)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.lowlatency.Channel> updateChannel(io.ivsjava.core.ChannelArn,io.ivsjava.lowlatency.ChannelUpdate)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.lowlatency.CreatedChannel> createChannel(io.ivsjava.lowlatency.ChannelSpec)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.lowlatency.GeneratedPlaybackKeyPair> createPlaybackKeyPair(java.lang.String,java.util.Map<java.lang.String,java.lang.String>)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.lowlatency.PlaybackKeyPair> getPlaybackKeyPair(io.ivsjava.core.PlaybackKeyPairArn)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.lowlatency.PlaybackKeyPair> importPlaybackKeyPair(java.lang.String,java.security.interfaces.ECPublicKey,java.util.Map<java.lang.String,java.lang.String>)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.lowlatency.PlaybackRestrictionPolicy> createPlaybackRestrictionPolicy(io.ivsjava.lowlatency.PlaybackRestrictionPolicySpec)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.lowlatency.PlaybackRestrictionPolicy> getPlaybackRestrictionPolicy(io.ivsjava.core.PlaybackRestrictionPolicyArn)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.lowlatency.PlaybackRestrictionPolicy> updatePlaybackRestrictionPolicy(io.ivsjava.core.PlaybackRestrictionPolicyArn,io.ivsjava.lowlatency.PlaybackRestrictionPolicyUpdate)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.lowlatency.RecordingConfiguration> createRecordingConfiguration(io.ivsjava.lowlatency.RecordingConfigurationSpec)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.lowlatency.RecordingConfiguration> getRecordingConfiguration(io.ivsjava.core.RecordingConfigurationArn)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.lowlatency.StreamKey> createStreamKey(io.ivsjava.core.ChannelArn,java.util.Map<java.lang.String,java.lang.String>)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.lowlatency.StreamKey> getStreamKey(io.ivsjava.core.StreamKeyArn)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.lowlatency.StreamKey> rotateStreamKey(io.ivsjava.core.ChannelArn)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.lowlatency.StreamSession> getStreamSession(io.ivsjava.core.ChannelArn)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.lowlatency.StreamSession> getStreamSession(io.ivsjava.core.ChannelArn,java.lang.String)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> putMetadata(io.ivsjava.core.ChannelArn,java.lang.String)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> revokeViewerSession(io.ivsjava.lowlatency.ViewerRevocation)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> stopStream(io.ivsjava.core.ChannelArn)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> tagResource(io.ivsjava.core.ResourceArn,java.util.Map<java.lang.String,java.lang.String>)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> untagResource(io.ivsjava.core.ResourceArn,java.util.Collection<java.lang.String>)
meth public java.util.concurrent.CompletableFuture<java.util.List<io.ivsjava.lowlatency.ChannelSummary>> listChannels()
meth public java.util.concurrent.CompletableFuture<java.util.List<io.ivsjava.lowlatency.ChannelSummary>> listChannels(io.ivsjava.lowlatency.ChannelFilter)
meth public java.util.concurrent.CompletableFuture<java.util.List<io.ivsjava.lowlatency.PlaybackKeyPair>> listPlaybackKeyPairs()
meth public java.util.concurrent.CompletableFuture<java.util.List<io.ivsjava.lowlatency.PlaybackRestrictionPolicy>> listPlaybackRestrictionPolicies()
meth public java.util.concurrent.CompletableFuture<java.util.List<io.ivsjava.lowlatency.RecordingConfigurationSummary>> listRecordingConfigurations()
meth public java.util.concurrent.CompletableFuture<java.util.List<io.ivsjava.lowlatency.RevocationFailure>> revokeViewerSessions(java.util.Collection<io.ivsjava.lowlatency.ViewerRevocation>)
meth public java.util.concurrent.CompletableFuture<java.util.List<io.ivsjava.lowlatency.StreamKeySummary>> listStreamKeys(io.ivsjava.core.ChannelArn)
meth public java.util.concurrent.CompletableFuture<java.util.List<io.ivsjava.lowlatency.StreamSessionSummary>> listStreamSessions(io.ivsjava.core.ChannelArn)
meth public java.util.concurrent.CompletableFuture<java.util.List<io.ivsjava.lowlatency.StreamSummary>> listStreams()
meth public java.util.concurrent.CompletableFuture<java.util.List<io.ivsjava.lowlatency.StreamSummary>> listStreams(io.ivsjava.lowlatency.StreamHealth)
meth public java.util.concurrent.CompletableFuture<java.util.Map<java.lang.String,java.lang.String>> listTags(io.ivsjava.core.ResourceArn)
meth public java.util.concurrent.CompletableFuture<java.util.Optional<io.ivsjava.lowlatency.LiveStream>> getStream(io.ivsjava.core.ChannelArn)
meth public software.amazon.awssdk.services.ivs.IvsAsyncClient sdkClient()
meth public static io.ivsjava.lowlatency.IvsLowLatencyAsync connect(io.ivsjava.core.IvsConnection)
meth public static io.ivsjava.lowlatency.IvsLowLatencyAsync connect(io.ivsjava.core.IvsConnection,java.time.Clock)
meth public static io.ivsjava.lowlatency.IvsLowLatencyAsync create(software.amazon.awssdk.services.ivs.IvsAsyncClient)
meth public static io.ivsjava.lowlatency.IvsLowLatencyAsync create(software.amazon.awssdk.services.ivs.IvsAsyncClient,java.time.Clock)
meth public void close()
supr java.lang.Object
hfds client,ops,ownsClient

CLSS public final !enum io.ivsjava.lowlatency.LatencyMode
fld public final static io.ivsjava.lowlatency.LatencyMode LOW
fld public final static io.ivsjava.lowlatency.LatencyMode NORMAL
fld public final static io.ivsjava.lowlatency.LatencyMode UNKNOWN
meth public static io.ivsjava.lowlatency.LatencyMode valueOf(java.lang.String)
meth public static io.ivsjava.lowlatency.LatencyMode[] values()
supr java.lang.Enum<io.ivsjava.lowlatency.LatencyMode>

CLSS public final io.ivsjava.lowlatency.LiveStream
cons public init(io.ivsjava.core.ChannelArn,java.lang.String,io.ivsjava.lowlatency.StreamState,io.ivsjava.lowlatency.StreamHealth,long,java.time.Instant,io.ivsjava.lowlatency.PlaybackUrl,java.util.Map<java.lang.String,java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.ChannelArn channel()
meth public io.ivsjava.lowlatency.PlaybackUrl playbackUrl()
meth public io.ivsjava.lowlatency.StreamHealth health()
meth public io.ivsjava.lowlatency.StreamState state()
meth public java.lang.String streamId()
meth public java.time.Instant startTime()
meth public java.util.Map<java.lang.String,java.lang.String> unknownValues()
meth public long viewerCount()
supr java.lang.Record
hfds channel,health,playbackUrl,startTime,state,streamId,unknownValues,viewerCount

CLSS public final io.ivsjava.lowlatency.MultitrackInput
cons public init(io.ivsjava.lowlatency.MultitrackInput$Policy,io.ivsjava.lowlatency.Resolution)
innr public final static !enum Policy
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.lowlatency.MultitrackInput$Policy policy()
meth public io.ivsjava.lowlatency.Resolution maximumResolution()
meth public static io.ivsjava.lowlatency.MultitrackInput allowed(io.ivsjava.lowlatency.Resolution)
meth public static io.ivsjava.lowlatency.MultitrackInput required(io.ivsjava.lowlatency.Resolution)
supr java.lang.Record
hfds maximumResolution,policy

CLSS public final static !enum io.ivsjava.lowlatency.MultitrackInput$Policy
 outer io.ivsjava.lowlatency.MultitrackInput
fld public final static io.ivsjava.lowlatency.MultitrackInput$Policy ALLOW
fld public final static io.ivsjava.lowlatency.MultitrackInput$Policy REQUIRE
fld public final static io.ivsjava.lowlatency.MultitrackInput$Policy UNKNOWN
meth public static io.ivsjava.lowlatency.MultitrackInput$Policy valueOf(java.lang.String)
meth public static io.ivsjava.lowlatency.MultitrackInput$Policy[] values()
supr java.lang.Enum<io.ivsjava.lowlatency.MultitrackInput$Policy>

CLSS public final io.ivsjava.lowlatency.PlaybackKeyPair
cons public init(io.ivsjava.core.PlaybackKeyPairArn,java.lang.String,java.util.Optional<java.lang.String>,java.util.Map<java.lang.String,java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.PlaybackKeyPairArn arn()
meth public java.lang.String name()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
meth public java.util.Optional<java.lang.String> fingerprint()
supr java.lang.Record
hfds arn,fingerprint,name,tags

CLSS public final io.ivsjava.lowlatency.PlaybackRestrictionPolicy
cons public init(io.ivsjava.core.PlaybackRestrictionPolicyArn,java.lang.String,java.util.List<java.lang.String>,java.util.List<java.lang.String>,boolean,java.util.Map<java.lang.String,java.lang.String>)
meth public boolean strictOriginEnforcement()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.PlaybackRestrictionPolicyArn arn()
meth public java.lang.String name()
meth public java.util.List<java.lang.String> allowedCountries()
meth public java.util.List<java.lang.String> allowedOrigins()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
supr java.lang.Record
hfds allowedCountries,allowedOrigins,arn,name,strictOriginEnforcement,tags

CLSS public final io.ivsjava.lowlatency.PlaybackRestrictionPolicySpec
cons public init(java.lang.String,java.util.List<java.lang.String>,java.util.List<java.lang.String>,boolean,java.util.Map<java.lang.String,java.lang.String>)
innr public final static Builder
meth public boolean strictOriginEnforcement()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String name()
meth public java.util.List<java.lang.String> allowedCountries()
meth public java.util.List<java.lang.String> allowedOrigins()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
meth public static io.ivsjava.lowlatency.PlaybackRestrictionPolicySpec$Builder builder()
supr java.lang.Record
hfds allowedCountries,allowedOrigins,name,strictOriginEnforcement,tags

CLSS public final static io.ivsjava.lowlatency.PlaybackRestrictionPolicySpec$Builder
 outer io.ivsjava.lowlatency.PlaybackRestrictionPolicySpec
meth public !varargs io.ivsjava.lowlatency.PlaybackRestrictionPolicySpec$Builder allowedCountries(java.lang.String[])
meth public io.ivsjava.lowlatency.PlaybackRestrictionPolicySpec build()
meth public io.ivsjava.lowlatency.PlaybackRestrictionPolicySpec$Builder allowedOrigin(java.lang.String)
meth public io.ivsjava.lowlatency.PlaybackRestrictionPolicySpec$Builder name(java.lang.String)
meth public io.ivsjava.lowlatency.PlaybackRestrictionPolicySpec$Builder strictOriginEnforcement(boolean)
meth public io.ivsjava.lowlatency.PlaybackRestrictionPolicySpec$Builder tag(java.lang.String,java.lang.String)
supr java.lang.Object
hfds countries,name,origins,strict,tags

CLSS public final io.ivsjava.lowlatency.PlaybackRestrictionPolicyUpdate
cons public init(java.util.Optional<java.lang.String>,java.util.Optional<java.util.List<java.lang.String>>,java.util.Optional<java.util.List<java.lang.String>>,java.util.Optional<java.lang.Boolean>)
innr public final static Builder
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.util.Optional<java.lang.Boolean> strictOriginEnforcement()
meth public java.util.Optional<java.lang.String> name()
meth public java.util.Optional<java.util.List<java.lang.String>> allowedCountries()
meth public java.util.Optional<java.util.List<java.lang.String>> allowedOrigins()
meth public static io.ivsjava.lowlatency.PlaybackRestrictionPolicyUpdate$Builder builder()
supr java.lang.Record
hfds allowedCountries,allowedOrigins,name,strictOriginEnforcement

CLSS public final static io.ivsjava.lowlatency.PlaybackRestrictionPolicyUpdate$Builder
 outer io.ivsjava.lowlatency.PlaybackRestrictionPolicyUpdate
meth public io.ivsjava.lowlatency.PlaybackRestrictionPolicyUpdate build()
meth public io.ivsjava.lowlatency.PlaybackRestrictionPolicyUpdate$Builder allowedCountries(java.util.List<java.lang.String>)
meth public io.ivsjava.lowlatency.PlaybackRestrictionPolicyUpdate$Builder allowedOrigins(java.util.List<java.lang.String>)
meth public io.ivsjava.lowlatency.PlaybackRestrictionPolicyUpdate$Builder name(java.lang.String)
meth public io.ivsjava.lowlatency.PlaybackRestrictionPolicyUpdate$Builder strictOriginEnforcement(boolean)
supr java.lang.Object
hfds countries,name,origins,strict

CLSS public final io.ivsjava.lowlatency.PlaybackToken
cons public init(io.ivsjava.core.ChannelArn,java.lang.String,java.time.Instant,java.util.Optional<java.lang.String>,java.util.Optional<java.util.UUID>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public io.ivsjava.core.ChannelArn channel()
meth public java.lang.String toString()
meth public java.lang.String token()
meth public java.time.Instant expiresAt()
meth public java.util.Optional<java.lang.String> viewerId()
meth public java.util.Optional<java.util.UUID> singleUseId()
supr java.lang.Record
hfds channel,expiresAt,singleUseId,token,viewerId

CLSS public final io.ivsjava.lowlatency.PlaybackTokenSigner
meth public io.ivsjava.lowlatency.PlaybackToken sign(io.ivsjava.core.ChannelArn)
meth public io.ivsjava.lowlatency.PlaybackToken sign(io.ivsjava.lowlatency.PlaybackTokenSpec)
meth public java.lang.String toString()
meth public static io.ivsjava.lowlatency.PlaybackTokenSigner create(java.security.interfaces.ECPrivateKey)
meth public static io.ivsjava.lowlatency.PlaybackTokenSigner create(java.security.interfaces.ECPrivateKey,java.time.Clock)
supr java.lang.Object
hfds clock,signer

CLSS public final io.ivsjava.lowlatency.PlaybackTokenSpec
cons public init(io.ivsjava.core.ChannelArn,java.util.List<java.lang.String>,boolean,java.util.Optional<java.lang.String>,java.util.OptionalInt,boolean,java.util.Optional<io.ivsjava.lowlatency.Resolution>,java.time.Duration)
fld public final static int MAX_STRICT_ORIGINS = 5
fld public final static int MAX_VIEWER_ID_LENGTH = 40
fld public final static java.time.Duration DEFAULT_VALIDITY
fld public final static java.time.Duration MAX_VIEWER_VALIDITY
innr public final static Builder
meth public boolean singleUse()
meth public boolean strictOriginEnforcement()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.ChannelArn channel()
meth public java.lang.String allowOriginClaim()
meth public java.time.Duration validFor()
meth public java.util.List<java.lang.String> allowedOrigins()
meth public java.util.Optional<io.ivsjava.lowlatency.Resolution> maximumResolution()
meth public java.util.Optional<java.lang.String> viewerId()
meth public java.util.OptionalInt viewerSessionVersion()
meth public static io.ivsjava.lowlatency.PlaybackTokenSpec$Builder builder(io.ivsjava.core.ChannelArn)
supr java.lang.Record
hfds ORIGIN,allowedOrigins,channel,maximumResolution,singleUse,strictOriginEnforcement,validFor,viewerId,viewerSessionVersion

CLSS public final static io.ivsjava.lowlatency.PlaybackTokenSpec$Builder
 outer io.ivsjava.lowlatency.PlaybackTokenSpec
meth public io.ivsjava.lowlatency.PlaybackTokenSpec build()
meth public io.ivsjava.lowlatency.PlaybackTokenSpec$Builder allowedOrigin(java.lang.String)
meth public io.ivsjava.lowlatency.PlaybackTokenSpec$Builder allowedOrigins(java.util.Collection<java.lang.String>)
meth public io.ivsjava.lowlatency.PlaybackTokenSpec$Builder maximumResolution(io.ivsjava.lowlatency.Resolution)
meth public io.ivsjava.lowlatency.PlaybackTokenSpec$Builder singleUse()
meth public io.ivsjava.lowlatency.PlaybackTokenSpec$Builder strictOriginEnforcement(boolean)
meth public io.ivsjava.lowlatency.PlaybackTokenSpec$Builder validFor(java.time.Duration)
meth public io.ivsjava.lowlatency.PlaybackTokenSpec$Builder viewerId(java.lang.String)
meth public io.ivsjava.lowlatency.PlaybackTokenSpec$Builder viewerSessionVersion(int)
supr java.lang.Object
hfds allowedOrigins,channel,maximumResolution,singleUse,strictOriginEnforcement,validFor,viewerId,viewerSessionVersion

CLSS public final io.ivsjava.lowlatency.PlaybackUrl
cons public init(java.net.URI)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public java.lang.String toString()
meth public java.net.URI uri()
meth public java.net.URI withToken(io.ivsjava.lowlatency.PlaybackToken)
meth public java.util.Optional<java.lang.String> channelId()
supr java.lang.Record
hfds CHANNEL_ID,uri

CLSS public final io.ivsjava.lowlatency.RecordingConfiguration
cons public init(io.ivsjava.core.RecordingConfigurationArn,java.lang.String,java.lang.String,io.ivsjava.lowlatency.RecordingState,java.util.Optional<io.ivsjava.lowlatency.ThumbnailSettings>,java.util.Optional<io.ivsjava.lowlatency.RenditionSettings>,java.time.Duration,java.util.Map<java.lang.String,java.lang.String>,java.util.Map<java.lang.String,java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.RecordingConfigurationArn arn()
meth public io.ivsjava.lowlatency.RecordingState state()
meth public java.lang.String name()
meth public java.lang.String s3Bucket()
meth public java.time.Duration reconnectWindow()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
meth public java.util.Map<java.lang.String,java.lang.String> unknownValues()
meth public java.util.Optional<io.ivsjava.lowlatency.RenditionSettings> renditions()
meth public java.util.Optional<io.ivsjava.lowlatency.ThumbnailSettings> thumbnails()
supr java.lang.Record
hfds arn,name,reconnectWindow,renditions,s3Bucket,state,tags,thumbnails,unknownValues

CLSS public final io.ivsjava.lowlatency.RecordingConfigurationSpec
cons public init(java.lang.String,java.lang.String,java.util.Optional<io.ivsjava.lowlatency.ThumbnailSettings>,java.util.Optional<io.ivsjava.lowlatency.RenditionSettings>,java.time.Duration,java.util.Map<java.lang.String,java.lang.String>)
fld public final static java.time.Duration MAX_RECONNECT_WINDOW
innr public final static Builder
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String name()
meth public java.lang.String s3Bucket()
meth public java.time.Duration reconnectWindow()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
meth public java.util.Optional<io.ivsjava.lowlatency.RenditionSettings> renditions()
meth public java.util.Optional<io.ivsjava.lowlatency.ThumbnailSettings> thumbnails()
meth public static io.ivsjava.lowlatency.RecordingConfigurationSpec$Builder builder(java.lang.String)
supr java.lang.Record
hfds BUCKET,name,reconnectWindow,renditions,s3Bucket,tags,thumbnails

CLSS public final static io.ivsjava.lowlatency.RecordingConfigurationSpec$Builder
 outer io.ivsjava.lowlatency.RecordingConfigurationSpec
meth public io.ivsjava.lowlatency.RecordingConfigurationSpec build()
meth public io.ivsjava.lowlatency.RecordingConfigurationSpec$Builder name(java.lang.String)
meth public io.ivsjava.lowlatency.RecordingConfigurationSpec$Builder reconnectWindow(java.time.Duration)
meth public io.ivsjava.lowlatency.RecordingConfigurationSpec$Builder renditions(io.ivsjava.lowlatency.RenditionSettings)
meth public io.ivsjava.lowlatency.RecordingConfigurationSpec$Builder tag(java.lang.String,java.lang.String)
meth public io.ivsjava.lowlatency.RecordingConfigurationSpec$Builder thumbnails(io.ivsjava.lowlatency.ThumbnailSettings)
supr java.lang.Object
hfds name,reconnectWindow,renditions,s3Bucket,tags,thumbnails

CLSS public final io.ivsjava.lowlatency.RecordingConfigurationSummary
cons public init(io.ivsjava.core.RecordingConfigurationArn,java.lang.String,java.lang.String,io.ivsjava.lowlatency.RecordingState,java.util.Map<java.lang.String,java.lang.String>,java.util.Map<java.lang.String,java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.RecordingConfigurationArn arn()
meth public io.ivsjava.lowlatency.RecordingState state()
meth public java.lang.String name()
meth public java.lang.String s3Bucket()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
meth public java.util.Map<java.lang.String,java.lang.String> unknownValues()
supr java.lang.Record
hfds arn,name,s3Bucket,state,tags,unknownValues

CLSS public final !enum io.ivsjava.lowlatency.RecordingState
fld public final static io.ivsjava.lowlatency.RecordingState ACTIVE
fld public final static io.ivsjava.lowlatency.RecordingState CREATE_FAILED
fld public final static io.ivsjava.lowlatency.RecordingState CREATING
fld public final static io.ivsjava.lowlatency.RecordingState UNKNOWN
meth public static io.ivsjava.lowlatency.RecordingState valueOf(java.lang.String)
meth public static io.ivsjava.lowlatency.RecordingState[] values()
supr java.lang.Enum<io.ivsjava.lowlatency.RecordingState>

CLSS public final io.ivsjava.lowlatency.RenditionSettings
cons public init(io.ivsjava.lowlatency.RenditionSettings$Selection,java.util.List<io.ivsjava.lowlatency.Resolution>)
innr public final static !enum Selection
meth public !varargs static io.ivsjava.lowlatency.RenditionSettings custom(io.ivsjava.lowlatency.Resolution[])
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.lowlatency.RenditionSettings$Selection selection()
meth public java.util.List<io.ivsjava.lowlatency.Resolution> renditions()
meth public static io.ivsjava.lowlatency.RenditionSettings all()
meth public static io.ivsjava.lowlatency.RenditionSettings none()
supr java.lang.Record
hfds renditions,selection

CLSS public final static !enum io.ivsjava.lowlatency.RenditionSettings$Selection
 outer io.ivsjava.lowlatency.RenditionSettings
fld public final static io.ivsjava.lowlatency.RenditionSettings$Selection ALL
fld public final static io.ivsjava.lowlatency.RenditionSettings$Selection CUSTOM
fld public final static io.ivsjava.lowlatency.RenditionSettings$Selection NONE
fld public final static io.ivsjava.lowlatency.RenditionSettings$Selection UNKNOWN
meth public static io.ivsjava.lowlatency.RenditionSettings$Selection valueOf(java.lang.String)
meth public static io.ivsjava.lowlatency.RenditionSettings$Selection[] values()
supr java.lang.Enum<io.ivsjava.lowlatency.RenditionSettings$Selection>

CLSS public final !enum io.ivsjava.lowlatency.Resolution
fld public final static io.ivsjava.lowlatency.Resolution FULL_HD
fld public final static io.ivsjava.lowlatency.Resolution HD
fld public final static io.ivsjava.lowlatency.Resolution LOWEST_RESOLUTION
fld public final static io.ivsjava.lowlatency.Resolution SD
fld public final static io.ivsjava.lowlatency.Resolution UNKNOWN
meth public static io.ivsjava.lowlatency.Resolution valueOf(java.lang.String)
meth public static io.ivsjava.lowlatency.Resolution[] values()
supr java.lang.Enum<io.ivsjava.lowlatency.Resolution>

CLSS public final io.ivsjava.lowlatency.RevocationFailure
cons public init(io.ivsjava.lowlatency.ViewerRevocation,java.lang.String,java.lang.String)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.lowlatency.ViewerRevocation revocation()
meth public java.lang.String code()
meth public java.lang.String message()
supr java.lang.Record
hfds code,message,revocation

CLSS public final io.ivsjava.lowlatency.SrtEndpoint
cons public init(java.lang.String,java.util.Optional<java.lang.String>)
fld public final static int PORT = 9000
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public java.lang.String host()
meth public java.lang.String toString()
meth public java.net.URI url(io.ivsjava.lowlatency.StreamKey)
meth public java.util.Optional<java.lang.String> passphrase()
supr java.lang.Record
hfds host,passphrase

CLSS public final io.ivsjava.lowlatency.StreamEvent
cons public init(java.lang.String,java.lang.String,java.util.Optional<java.time.Instant>,java.util.Optional<java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String name()
meth public java.lang.String type()
meth public java.util.Optional<java.lang.String> code()
meth public java.util.Optional<java.time.Instant> time()
supr java.lang.Record
hfds code,name,time,type

CLSS public final !enum io.ivsjava.lowlatency.StreamHealth
fld public final static io.ivsjava.lowlatency.StreamHealth HEALTHY
fld public final static io.ivsjava.lowlatency.StreamHealth STARVING
fld public final static io.ivsjava.lowlatency.StreamHealth UNKNOWN
meth public static io.ivsjava.lowlatency.StreamHealth valueOf(java.lang.String)
meth public static io.ivsjava.lowlatency.StreamHealth[] values()
supr java.lang.Enum<io.ivsjava.lowlatency.StreamHealth>

CLSS public final io.ivsjava.lowlatency.StreamKey
cons public init(io.ivsjava.core.StreamKeyArn,io.ivsjava.core.ChannelArn,java.lang.String,java.util.Map<java.lang.String,java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public io.ivsjava.core.ChannelArn channel()
meth public io.ivsjava.core.StreamKeyArn arn()
meth public java.lang.String toString()
meth public java.lang.String value()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
supr java.lang.Record
hfds arn,channel,tags,value

CLSS public final io.ivsjava.lowlatency.StreamKeySummary
cons public init(io.ivsjava.core.StreamKeyArn,io.ivsjava.core.ChannelArn,java.util.Map<java.lang.String,java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.ChannelArn channel()
meth public io.ivsjava.core.StreamKeyArn arn()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
supr java.lang.Record
hfds arn,channel,tags

CLSS public final io.ivsjava.lowlatency.StreamSession
cons public init(java.lang.String,java.time.Instant,java.util.Optional<java.time.Instant>,java.util.Optional<io.ivsjava.lowlatency.Channel>,java.util.List<io.ivsjava.lowlatency.VideoInput>,java.util.List<io.ivsjava.lowlatency.AudioInput>,java.util.Optional<io.ivsjava.lowlatency.RecordingConfiguration>,java.util.List<io.ivsjava.lowlatency.StreamEvent>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String streamId()
meth public java.time.Instant startTime()
meth public java.util.List<io.ivsjava.lowlatency.AudioInput> audio()
meth public java.util.List<io.ivsjava.lowlatency.StreamEvent> events()
meth public java.util.List<io.ivsjava.lowlatency.VideoInput> video()
meth public java.util.Optional<io.ivsjava.lowlatency.Channel> channel()
meth public java.util.Optional<io.ivsjava.lowlatency.RecordingConfiguration> recordingConfiguration()
meth public java.util.Optional<java.time.Instant> endTime()
supr java.lang.Record
hfds audio,channel,endTime,events,recordingConfiguration,startTime,streamId,video

CLSS public final io.ivsjava.lowlatency.StreamSessionSummary
cons public init(java.lang.String,java.time.Instant,java.util.Optional<java.time.Instant>,boolean)
meth public boolean hasErrorEvent()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String streamId()
meth public java.time.Instant startTime()
meth public java.util.Optional<java.time.Instant> endTime()
supr java.lang.Record
hfds endTime,hasErrorEvent,startTime,streamId

CLSS public final !enum io.ivsjava.lowlatency.StreamState
fld public final static io.ivsjava.lowlatency.StreamState LIVE
fld public final static io.ivsjava.lowlatency.StreamState OFFLINE
fld public final static io.ivsjava.lowlatency.StreamState UNKNOWN
meth public static io.ivsjava.lowlatency.StreamState valueOf(java.lang.String)
meth public static io.ivsjava.lowlatency.StreamState[] values()
supr java.lang.Enum<io.ivsjava.lowlatency.StreamState>

CLSS public final io.ivsjava.lowlatency.StreamSummary
cons public init(io.ivsjava.core.ChannelArn,java.lang.String,io.ivsjava.lowlatency.StreamState,io.ivsjava.lowlatency.StreamHealth,long,java.time.Instant,java.util.Map<java.lang.String,java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.ChannelArn channel()
meth public io.ivsjava.lowlatency.StreamHealth health()
meth public io.ivsjava.lowlatency.StreamState state()
meth public java.lang.String streamId()
meth public java.time.Instant startTime()
meth public java.util.Map<java.lang.String,java.lang.String> unknownValues()
meth public long viewerCount()
supr java.lang.Record
hfds channel,health,startTime,state,streamId,unknownValues,viewerCount

CLSS public final io.ivsjava.lowlatency.ThumbnailSettings
cons public init(io.ivsjava.lowlatency.ThumbnailSettings$Mode,java.util.Optional<java.time.Duration>,java.util.Optional<io.ivsjava.lowlatency.Resolution>,java.util.List<io.ivsjava.lowlatency.ThumbnailSettings$Storage>)
fld public final static java.time.Duration MAX_INTERVAL
innr public final static !enum Mode
innr public final static !enum Storage
meth public !varargs io.ivsjava.lowlatency.ThumbnailSettings withStorage(io.ivsjava.lowlatency.ThumbnailSettings$Storage[])
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.lowlatency.ThumbnailSettings withResolution(io.ivsjava.lowlatency.Resolution)
meth public io.ivsjava.lowlatency.ThumbnailSettings$Mode mode()
meth public java.util.List<io.ivsjava.lowlatency.ThumbnailSettings$Storage> storage()
meth public java.util.Optional<io.ivsjava.lowlatency.Resolution> resolution()
meth public java.util.Optional<java.time.Duration> interval()
meth public static io.ivsjava.lowlatency.ThumbnailSettings disabled()
meth public static io.ivsjava.lowlatency.ThumbnailSettings every(java.time.Duration)
supr java.lang.Record
hfds interval,mode,resolution,storage

CLSS public final static !enum io.ivsjava.lowlatency.ThumbnailSettings$Mode
 outer io.ivsjava.lowlatency.ThumbnailSettings
fld public final static io.ivsjava.lowlatency.ThumbnailSettings$Mode DISABLED
fld public final static io.ivsjava.lowlatency.ThumbnailSettings$Mode INTERVAL
fld public final static io.ivsjava.lowlatency.ThumbnailSettings$Mode UNKNOWN
meth public static io.ivsjava.lowlatency.ThumbnailSettings$Mode valueOf(java.lang.String)
meth public static io.ivsjava.lowlatency.ThumbnailSettings$Mode[] values()
supr java.lang.Enum<io.ivsjava.lowlatency.ThumbnailSettings$Mode>

CLSS public final static !enum io.ivsjava.lowlatency.ThumbnailSettings$Storage
 outer io.ivsjava.lowlatency.ThumbnailSettings
fld public final static io.ivsjava.lowlatency.ThumbnailSettings$Storage LATEST
fld public final static io.ivsjava.lowlatency.ThumbnailSettings$Storage SEQUENTIAL
fld public final static io.ivsjava.lowlatency.ThumbnailSettings$Storage UNKNOWN
meth public static io.ivsjava.lowlatency.ThumbnailSettings$Storage valueOf(java.lang.String)
meth public static io.ivsjava.lowlatency.ThumbnailSettings$Storage[] values()
supr java.lang.Enum<io.ivsjava.lowlatency.ThumbnailSettings$Storage>

CLSS public final !enum io.ivsjava.lowlatency.TranscodePreset
fld public final static io.ivsjava.lowlatency.TranscodePreset CONSTRAINED_BANDWIDTH_DELIVERY
fld public final static io.ivsjava.lowlatency.TranscodePreset HIGHER_BANDWIDTH_DELIVERY
fld public final static io.ivsjava.lowlatency.TranscodePreset UNKNOWN
meth public static io.ivsjava.lowlatency.TranscodePreset valueOf(java.lang.String)
meth public static io.ivsjava.lowlatency.TranscodePreset[] values()
supr java.lang.Enum<io.ivsjava.lowlatency.TranscodePreset>

CLSS public final io.ivsjava.lowlatency.VideoInput
cons public init(java.util.Optional<java.lang.String>,java.lang.String,java.lang.String,java.lang.String,java.lang.String,long,long,long,long)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String codec()
meth public java.lang.String encoder()
meth public java.lang.String level()
meth public java.lang.String profile()
meth public java.util.Optional<java.lang.String> track()
meth public long height()
meth public long targetBitrate()
meth public long targetFramerate()
meth public long width()
supr java.lang.Record
hfds codec,encoder,height,level,profile,targetBitrate,targetFramerate,track,width

CLSS public final io.ivsjava.lowlatency.ViewerRevocation
cons public init(io.ivsjava.core.ChannelArn,java.lang.String,int)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public int upToVersion()
meth public io.ivsjava.core.ChannelArn channel()
meth public java.lang.String viewerId()
meth public static io.ivsjava.lowlatency.ViewerRevocation allSessions(io.ivsjava.core.ChannelArn,java.lang.String)
meth public static io.ivsjava.lowlatency.ViewerRevocation upToVersion(io.ivsjava.core.ChannelArn,java.lang.String,int)
supr java.lang.Record
hfds channel,upToVersion,viewerId

CLSS abstract interface io.ivsjava.lowlatency.package-info
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

