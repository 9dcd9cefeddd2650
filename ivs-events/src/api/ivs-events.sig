#Signature file v4.1
#Version ivs-events

CLSS public final io.ivsjava.events.ApiDestinationReceiver
fld public final static int MAX_BODY_BYTES = 1048576
innr public final static Reply
meth public !varargs static io.ivsjava.events.ApiDestinationReceiver create(io.ivsjava.events.IvsEventDispatcher,io.ivsjava.events.ConnectionCredential,io.ivsjava.events.ConnectionCredential[])
meth public io.ivsjava.events.ApiDestinationReceiver$Reply receive(java.lang.String,java.util.function.Function<java.lang.String,java.util.Optional<java.lang.String>>,byte[])
meth public io.ivsjava.events.ApiDestinationReceiver$Reply receive(java.lang.String,java.util.function.Function<java.lang.String,java.util.Optional<java.lang.String>>,java.io.InputStream) throws java.io.IOException
meth public java.lang.String toString()
supr java.lang.Object
hfds LOG,credentials,dispatcher,unauthorized
hcls Body,ReadFailed

CLSS public final static io.ivsjava.events.ApiDestinationReceiver$Reply
 outer io.ivsjava.events.ApiDestinationReceiver
cons public init(int,java.util.Map<java.lang.String,java.lang.String>,java.lang.String,java.util.Optional<io.ivsjava.events.IvsEvent>)
meth public boolean accepted()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public int status()
meth public java.lang.String message()
meth public java.util.Map<java.lang.String,java.lang.String> headers()
meth public java.util.Optional<io.ivsjava.events.IvsEvent> event()
supr java.lang.Record
hfds event,headers,message,status

CLSS public final io.ivsjava.events.CompositionStateChange
cons public init(io.ivsjava.events.EventEnvelope,java.util.Optional<io.ivsjava.core.CompositionArn>,java.util.Optional<io.ivsjava.core.StageArn>,io.ivsjava.events.CompositionStateChange$Name,java.lang.String,java.util.Map<java.lang.String,java.lang.Object>)
fld public final static java.lang.String DETAIL_TYPE = "IVS Composition State Change"
innr public final static !enum Name
intf io.ivsjava.events.IvsEvent
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.events.CompositionStateChange$Name name()
meth public io.ivsjava.events.EventEnvelope envelope()
meth public java.lang.String rawName()
meth public java.util.Map<java.lang.String,java.lang.Object> detail()
meth public java.util.Optional<io.ivsjava.core.CompositionArn> composition()
meth public java.util.Optional<io.ivsjava.core.StageArn> stage()
supr java.lang.Record
hfds composition,detail,envelope,name,rawName,stage

CLSS public final static !enum io.ivsjava.events.CompositionStateChange$Name
 outer io.ivsjava.events.CompositionStateChange
fld public final static io.ivsjava.events.CompositionStateChange$Name DESTINATION_END
fld public final static io.ivsjava.events.CompositionStateChange$Name DESTINATION_FAILURE
fld public final static io.ivsjava.events.CompositionStateChange$Name DESTINATION_RECONNECT
fld public final static io.ivsjava.events.CompositionStateChange$Name DESTINATION_START
fld public final static io.ivsjava.events.CompositionStateChange$Name SESSION_END
fld public final static io.ivsjava.events.CompositionStateChange$Name SESSION_FAILURE
fld public final static io.ivsjava.events.CompositionStateChange$Name SESSION_START
fld public final static io.ivsjava.events.CompositionStateChange$Name UNKNOWN
meth public java.lang.String wireName()
meth public static io.ivsjava.events.CompositionStateChange$Name fromWireName(java.lang.String)
meth public static io.ivsjava.events.CompositionStateChange$Name valueOf(java.lang.String)
meth public static io.ivsjava.events.CompositionStateChange$Name[] values()
supr java.lang.Enum<io.ivsjava.events.CompositionStateChange$Name>
hfds VALUES,wireName

CLSS public final io.ivsjava.events.ConnectionCredential
meth public java.lang.String headerName()
meth public java.lang.String toString()
meth public static io.ivsjava.events.ConnectionCredential apiKey(java.lang.String,java.lang.String)
meth public static io.ivsjava.events.ConnectionCredential basicAuth(java.lang.String,java.lang.String)
supr java.lang.Object
hfds TOKEN,basic,digest,headerName,shown

CLSS public final io.ivsjava.events.EventEnvelope
cons public init(java.lang.String,java.lang.String,java.lang.String,java.lang.String,java.time.Instant,java.lang.String,java.util.List<java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String account()
meth public java.lang.String detailType()
meth public java.lang.String id()
meth public java.lang.String region()
meth public java.lang.String source()
meth public java.time.Instant time()
meth public java.util.List<java.lang.String> resources()
supr java.lang.Record
hfds account,detailType,id,region,resources,source,time

CLSS public abstract interface io.ivsjava.events.IvsEvent
meth public abstract io.ivsjava.events.EventEnvelope envelope()
meth public abstract java.util.Map<java.lang.String,java.lang.Object> detail()
meth public java.lang.String id()
meth public java.time.Instant time()

CLSS public final io.ivsjava.events.IvsEventDispatcher
innr public abstract interface static Registration
meth public <%0 extends io.ivsjava.events.IvsEvent> io.ivsjava.events.IvsEventDispatcher$Registration on(java.lang.Class<{%%0}>,java.util.function.Consumer<? super {%%0}>)
meth public boolean dispatch(io.ivsjava.events.IvsEvent)
meth public io.ivsjava.events.IvsEventDispatcher$Registration onAny(java.util.function.Consumer<? super io.ivsjava.events.IvsEvent>)
meth public static io.ivsjava.events.IvsEventDispatcher create()
supr java.lang.Object
hfds LOG,listeners
hcls Listener

CLSS public abstract interface static io.ivsjava.events.IvsEventDispatcher$Registration
 outer io.ivsjava.events.IvsEventDispatcher
 anno 0 java.lang.FunctionalInterface()
intf java.lang.AutoCloseable
meth public abstract void close()

CLSS public final io.ivsjava.events.IvsEvents
meth public static io.ivsjava.events.IvsEvent parse(byte[])
meth public static io.ivsjava.events.IvsEvent parse(java.lang.String)
supr java.lang.Object

CLSS public final io.ivsjava.events.LimitBreach
cons public init(io.ivsjava.events.EventEnvelope,java.util.Optional<io.ivsjava.core.ChannelArn>,io.ivsjava.events.LimitBreach$Name,java.lang.String,java.util.OptionalLong,java.util.OptionalLong,java.util.Optional<java.lang.String>,java.util.Optional<java.lang.String>,java.util.Optional<java.lang.String>,java.util.Map<java.lang.String,java.lang.Object>)
fld public final static java.lang.String DETAIL_TYPE = "IVS Limit Breach"
innr public final static !enum Name
intf io.ivsjava.events.IvsEvent
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.events.EventEnvelope envelope()
meth public io.ivsjava.events.LimitBreach$Name name()
meth public java.lang.String rawName()
meth public java.util.Map<java.lang.String,java.lang.Object> detail()
meth public java.util.Optional<io.ivsjava.core.ChannelArn> channel()
meth public java.util.Optional<java.lang.String> channelName()
meth public java.util.Optional<java.lang.String> limitUnit()
meth public java.util.Optional<java.lang.String> streamId()
meth public java.util.OptionalLong exceededBy()
meth public java.util.OptionalLong limitValue()
supr java.lang.Record
hfds channel,channelName,detail,envelope,exceededBy,limitUnit,limitValue,name,rawName,streamId

CLSS public final static !enum io.ivsjava.events.LimitBreach$Name
 outer io.ivsjava.events.LimitBreach
fld public final static io.ivsjava.events.LimitBreach$Name CONCURRENT_BROADCASTS
fld public final static io.ivsjava.events.LimitBreach$Name CONCURRENT_VIEWERS
fld public final static io.ivsjava.events.LimitBreach$Name INGEST_BITRATE
fld public final static io.ivsjava.events.LimitBreach$Name INGEST_RESOLUTION
fld public final static io.ivsjava.events.LimitBreach$Name UNKNOWN
meth public java.lang.String wireName()
meth public static io.ivsjava.events.LimitBreach$Name fromWireName(java.lang.String)
meth public static io.ivsjava.events.LimitBreach$Name valueOf(java.lang.String)
meth public static io.ivsjava.events.LimitBreach$Name[] values()
supr java.lang.Enum<io.ivsjava.events.LimitBreach$Name>
hfds VALUES,wireName

CLSS public final io.ivsjava.events.LiveStatus
cons public init(io.ivsjava.core.ChannelArn,boolean,java.util.Optional<java.lang.String>,java.util.Optional<java.time.Instant>,java.util.Optional<io.ivsjava.events.StreamStateChange$Name>,java.util.List<java.lang.String>)
fld public final static int ENDED_STREAMS_KEPT = 16
meth public boolean live()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.ChannelArn channel()
meth public io.ivsjava.events.LiveStatus apply(io.ivsjava.events.StreamStateChange)
meth public java.util.List<java.lang.String> endedStreamIds()
meth public java.util.Optional<io.ivsjava.events.StreamStateChange$Name> decidedBy()
meth public java.util.Optional<java.lang.String> streamId()
meth public java.util.Optional<java.time.Instant> asOf()
meth public static io.ivsjava.events.LiveStatus offline(io.ivsjava.core.ChannelArn)
supr java.lang.Record
hfds NEWER,asOf,channel,decidedBy,endedStreamIds,live,streamId
hcls Key,Kind

CLSS public final io.ivsjava.events.LiveStatusTracker
meth public boolean isLive(io.ivsjava.core.ChannelArn)
meth public io.ivsjava.events.LiveStatus status(io.ivsjava.core.ChannelArn)
meth public java.util.Map<io.ivsjava.core.ChannelArn,io.ivsjava.events.LiveStatus> statuses()
meth public java.util.Optional<io.ivsjava.events.LiveStatus> apply(io.ivsjava.events.IvsEvent)
meth public static io.ivsjava.events.LiveStatusTracker create()
meth public void forget(io.ivsjava.core.ChannelArn)
supr java.lang.Object
hfds statuses

CLSS public final io.ivsjava.events.ParticipantRecordingStateChange
cons public init(io.ivsjava.events.EventEnvelope,java.util.Optional<io.ivsjava.core.StageArn>,io.ivsjava.events.ParticipantRecordingStateChange$Name,java.lang.String,java.util.Optional<java.lang.String>,java.util.Optional<java.lang.String>,java.util.Optional<java.lang.String>,java.util.Optional<java.lang.String>,java.util.Optional<java.time.Duration>,java.util.Map<java.lang.String,java.lang.Object>)
fld public final static java.lang.String DETAIL_TYPE = "IVS Participant Recording State Change"
innr public final static !enum Name
intf io.ivsjava.events.IvsEvent
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.events.EventEnvelope envelope()
meth public io.ivsjava.events.ParticipantRecordingStateChange$Name name()
meth public java.lang.String rawName()
meth public java.util.Map<java.lang.String,java.lang.Object> detail()
meth public java.util.Optional<io.ivsjava.core.StageArn> stage()
meth public java.util.Optional<java.lang.String> participantId()
meth public java.util.Optional<java.lang.String> s3BucketName()
meth public java.util.Optional<java.lang.String> s3KeyPrefix()
meth public java.util.Optional<java.lang.String> sessionId()
meth public java.util.Optional<java.time.Duration> duration()
supr java.lang.Record
hfds detail,duration,envelope,name,participantId,rawName,s3BucketName,s3KeyPrefix,sessionId,stage

CLSS public final static !enum io.ivsjava.events.ParticipantRecordingStateChange$Name
 outer io.ivsjava.events.ParticipantRecordingStateChange
fld public final static io.ivsjava.events.ParticipantRecordingStateChange$Name RECORDING_END
fld public final static io.ivsjava.events.ParticipantRecordingStateChange$Name RECORDING_END_FAILURE
fld public final static io.ivsjava.events.ParticipantRecordingStateChange$Name RECORDING_START
fld public final static io.ivsjava.events.ParticipantRecordingStateChange$Name RECORDING_START_FAILURE
fld public final static io.ivsjava.events.ParticipantRecordingStateChange$Name UNKNOWN
meth public java.lang.String wireName()
meth public static io.ivsjava.events.ParticipantRecordingStateChange$Name fromWireName(java.lang.String)
meth public static io.ivsjava.events.ParticipantRecordingStateChange$Name valueOf(java.lang.String)
meth public static io.ivsjava.events.ParticipantRecordingStateChange$Name[] values()
supr java.lang.Enum<io.ivsjava.events.ParticipantRecordingStateChange$Name>
hfds VALUES,wireName

CLSS public final io.ivsjava.events.RecordingStateChange
cons public init(io.ivsjava.events.EventEnvelope,java.util.Optional<io.ivsjava.core.ChannelArn>,io.ivsjava.events.RecordingStateChange$Name,java.lang.String,java.util.Optional<java.lang.String>,java.util.Optional<java.lang.String>,java.util.Optional<java.lang.String>,java.util.Optional<java.lang.String>,java.util.Optional<java.lang.String>,java.util.Optional<java.time.Duration>,java.util.Optional<java.lang.String>,java.util.List<java.lang.String>,java.util.Map<java.lang.String,java.lang.Object>)
fld public final static java.lang.String DETAIL_TYPE = "IVS Recording State Change"
innr public final static !enum Name
intf io.ivsjava.events.IvsEvent
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.events.EventEnvelope envelope()
meth public io.ivsjava.events.RecordingStateChange$Name name()
meth public java.lang.String rawName()
meth public java.util.List<java.lang.String> recordingSessionStreamIds()
meth public java.util.Map<java.lang.String,java.lang.Object> detail()
meth public java.util.Optional<io.ivsjava.core.ChannelArn> channel()
meth public java.util.Optional<java.lang.String> channelName()
meth public java.util.Optional<java.lang.String> recordingSessionId()
meth public java.util.Optional<java.lang.String> s3BucketName()
meth public java.util.Optional<java.lang.String> s3KeyPrefix()
meth public java.util.Optional<java.lang.String> statusReason()
meth public java.util.Optional<java.lang.String> streamId()
meth public java.util.Optional<java.time.Duration> duration()
supr java.lang.Record
hfds channel,channelName,detail,duration,envelope,name,rawName,recordingSessionId,recordingSessionStreamIds,s3BucketName,s3KeyPrefix,statusReason,streamId

CLSS public final static !enum io.ivsjava.events.RecordingStateChange$Name
 outer io.ivsjava.events.RecordingStateChange
fld public final static io.ivsjava.events.RecordingStateChange$Name RECORDING_END
fld public final static io.ivsjava.events.RecordingStateChange$Name RECORDING_END_FAILURE
fld public final static io.ivsjava.events.RecordingStateChange$Name RECORDING_START
fld public final static io.ivsjava.events.RecordingStateChange$Name RECORDING_START_FAILURE
fld public final static io.ivsjava.events.RecordingStateChange$Name UNKNOWN
meth public java.lang.String wireName()
meth public static io.ivsjava.events.RecordingStateChange$Name fromWireName(java.lang.String)
meth public static io.ivsjava.events.RecordingStateChange$Name valueOf(java.lang.String)
meth public static io.ivsjava.events.RecordingStateChange$Name[] values()
supr java.lang.Enum<io.ivsjava.events.RecordingStateChange$Name>
hfds VALUES,wireName

CLSS public final io.ivsjava.events.StageUpdate
cons public init(io.ivsjava.events.EventEnvelope,java.util.Optional<io.ivsjava.core.StageArn>,io.ivsjava.events.StageUpdate$Name,java.lang.String,java.util.Optional<java.lang.String>,java.util.Optional<java.lang.String>,java.util.Optional<java.lang.String>,java.util.Optional<java.lang.String>,java.util.Map<java.lang.String,java.lang.Object>)
fld public final static java.lang.String DETAIL_TYPE = "IVS Stage Update"
innr public final static !enum Name
intf io.ivsjava.events.IvsEvent
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.events.EventEnvelope envelope()
meth public io.ivsjava.events.StageUpdate$Name name()
meth public java.lang.String rawName()
meth public java.util.Map<java.lang.String,java.lang.Object> detail()
meth public java.util.Optional<io.ivsjava.core.StageArn> stage()
meth public java.util.Optional<java.lang.String> participantId()
meth public java.util.Optional<java.lang.String> remoteParticipantId()
meth public java.util.Optional<java.lang.String> sessionId()
meth public java.util.Optional<java.lang.String> userId()
supr java.lang.Record
hfds detail,envelope,name,participantId,rawName,remoteParticipantId,sessionId,stage,userId

CLSS public final static !enum io.ivsjava.events.StageUpdate$Name
 outer io.ivsjava.events.StageUpdate
fld public final static io.ivsjava.events.StageUpdate$Name PARTICIPANT_JOINED
fld public final static io.ivsjava.events.StageUpdate$Name PARTICIPANT_JOIN_ERROR
fld public final static io.ivsjava.events.StageUpdate$Name PARTICIPANT_LEFT
fld public final static io.ivsjava.events.StageUpdate$Name PARTICIPANT_PUBLISHED
fld public final static io.ivsjava.events.StageUpdate$Name PARTICIPANT_PUBLISH_ERROR
fld public final static io.ivsjava.events.StageUpdate$Name PARTICIPANT_SUBSCRIBED
fld public final static io.ivsjava.events.StageUpdate$Name PARTICIPANT_SUBSCRIBE_ERROR
fld public final static io.ivsjava.events.StageUpdate$Name PARTICIPANT_UNPUBLISHED
fld public final static io.ivsjava.events.StageUpdate$Name PARTICIPANT_UNSUBSCRIBED
fld public final static io.ivsjava.events.StageUpdate$Name UNKNOWN
meth public java.lang.String wireName()
meth public static io.ivsjava.events.StageUpdate$Name fromWireName(java.lang.String)
meth public static io.ivsjava.events.StageUpdate$Name valueOf(java.lang.String)
meth public static io.ivsjava.events.StageUpdate$Name[] values()
supr java.lang.Enum<io.ivsjava.events.StageUpdate$Name>
hfds VALUES,wireName

CLSS public final io.ivsjava.events.StreamHealthChange
cons public init(io.ivsjava.events.EventEnvelope,java.util.Optional<io.ivsjava.core.ChannelArn>,io.ivsjava.events.StreamHealthChange$Name,java.lang.String,java.util.Optional<java.lang.String>,java.util.Optional<java.lang.String>,java.util.Map<java.lang.String,java.lang.Object>)
fld public final static java.lang.String DETAIL_TYPE = "IVS Stream Health Change"
innr public final static !enum Name
intf io.ivsjava.events.IvsEvent
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.events.EventEnvelope envelope()
meth public io.ivsjava.events.StreamHealthChange$Name name()
meth public java.lang.String rawName()
meth public java.util.Map<java.lang.String,java.lang.Object> detail()
meth public java.util.Optional<io.ivsjava.core.ChannelArn> channel()
meth public java.util.Optional<java.lang.String> channelName()
meth public java.util.Optional<java.lang.String> streamId()
supr java.lang.Record
hfds channel,channelName,detail,envelope,name,rawName,streamId

CLSS public final static !enum io.ivsjava.events.StreamHealthChange$Name
 outer io.ivsjava.events.StreamHealthChange
fld public final static io.ivsjava.events.StreamHealthChange$Name STARVATION_END
fld public final static io.ivsjava.events.StreamHealthChange$Name STARVATION_START
fld public final static io.ivsjava.events.StreamHealthChange$Name UNKNOWN
meth public java.lang.String wireName()
meth public static io.ivsjava.events.StreamHealthChange$Name fromWireName(java.lang.String)
meth public static io.ivsjava.events.StreamHealthChange$Name valueOf(java.lang.String)
meth public static io.ivsjava.events.StreamHealthChange$Name[] values()
supr java.lang.Enum<io.ivsjava.events.StreamHealthChange$Name>
hfds VALUES,wireName

CLSS public final io.ivsjava.events.StreamStateChange
cons public init(io.ivsjava.events.EventEnvelope,java.util.Optional<io.ivsjava.core.ChannelArn>,io.ivsjava.events.StreamStateChange$Name,java.lang.String,java.util.Optional<java.lang.String>,java.util.Optional<java.lang.String>,java.util.Optional<java.lang.String>,java.util.Optional<java.lang.String>,java.util.Map<java.lang.String,java.lang.Object>)
fld public final static java.lang.String DETAIL_TYPE = "IVS Stream State Change"
innr public final static !enum Name
intf io.ivsjava.events.IvsEvent
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.events.EventEnvelope envelope()
meth public io.ivsjava.events.StreamStateChange$Name name()
meth public java.lang.String rawName()
meth public java.util.Map<java.lang.String,java.lang.Object> detail()
meth public java.util.Optional<io.ivsjava.core.ChannelArn> channel()
meth public java.util.Optional<java.lang.String> channelName()
meth public java.util.Optional<java.lang.String> code()
meth public java.util.Optional<java.lang.String> reason()
meth public java.util.Optional<java.lang.String> streamId()
supr java.lang.Record
hfds channel,channelName,code,detail,envelope,name,rawName,reason,streamId

CLSS public final static !enum io.ivsjava.events.StreamStateChange$Name
 outer io.ivsjava.events.StreamStateChange
fld public final static io.ivsjava.events.StreamStateChange$Name SESSION_CREATED
fld public final static io.ivsjava.events.StreamStateChange$Name SESSION_ENDED
fld public final static io.ivsjava.events.StreamStateChange$Name STREAM_END
fld public final static io.ivsjava.events.StreamStateChange$Name STREAM_FAILURE
fld public final static io.ivsjava.events.StreamStateChange$Name STREAM_START
fld public final static io.ivsjava.events.StreamStateChange$Name STREAM_TAKEOVER
fld public final static io.ivsjava.events.StreamStateChange$Name STREAM_TAKEOVER_FAILURE
fld public final static io.ivsjava.events.StreamStateChange$Name UNKNOWN
meth public java.lang.String wireName()
meth public static io.ivsjava.events.StreamStateChange$Name fromWireName(java.lang.String)
meth public static io.ivsjava.events.StreamStateChange$Name valueOf(java.lang.String)
meth public static io.ivsjava.events.StreamStateChange$Name[] values()
supr java.lang.Enum<io.ivsjava.events.StreamStateChange$Name>
hfds VALUES,wireName

CLSS public final io.ivsjava.events.UnknownEvent
cons public init(io.ivsjava.events.EventEnvelope,java.util.Map<java.lang.String,java.lang.Object>)
intf io.ivsjava.events.IvsEvent
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.events.EventEnvelope envelope()
meth public java.util.Map<java.lang.String,java.lang.Object> detail()
supr java.lang.Record
hfds detail,envelope

CLSS abstract interface io.ivsjava.events.package-info
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

CLSS public abstract interface !annotation java.lang.FunctionalInterface
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
intf java.lang.annotation.Annotation

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

