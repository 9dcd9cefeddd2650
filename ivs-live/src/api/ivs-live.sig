#Signature file v4.1
#Version ivs-live

CLSS public io.ivsjava.core.IvsAccessDeniedException
cons public init(java.lang.String,io.ivsjava.core.IvsException$ErrorDetails,java.lang.Throwable)
supr io.ivsjava.core.IvsException
hfds serialVersionUID

CLSS public io.ivsjava.core.IvsException
cons public init(java.lang.String,io.ivsjava.core.IvsException$ErrorDetails,boolean,java.lang.Throwable)
innr public final static ErrorDetails
meth public boolean isRetryable()
meth public java.util.Optional<java.lang.String> errorCode()
meth public java.util.Optional<java.lang.String> requestId()
meth public java.util.OptionalInt httpStatus()
supr java.lang.RuntimeException
hfds errorCode,httpStatus,requestId,retryable,serialVersionUID

CLSS public abstract interface io.ivsjava.live.Admission
innr public final static Hls
innr public final static Rtmps
innr public final static WebRtc
meth public abstract java.util.Optional<java.time.Instant> expiresAt()

CLSS public final static io.ivsjava.live.Admission$Hls
 outer io.ivsjava.live.Admission
cons public init(io.ivsjava.lowlatency.PlaybackUrl,java.util.Optional<io.ivsjava.lowlatency.PlaybackToken>)
intf io.ivsjava.live.Admission
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.lowlatency.PlaybackUrl playbackUrl()
meth public java.net.URI uri()
meth public java.util.Optional<io.ivsjava.lowlatency.PlaybackToken> token()
meth public java.util.Optional<java.time.Instant> expiresAt()
supr java.lang.Record
hfds playbackUrl,token

CLSS public final static io.ivsjava.live.Admission$Rtmps
 outer io.ivsjava.live.Admission
cons public init(java.net.URI,io.ivsjava.lowlatency.StreamKey)
intf io.ivsjava.live.Admission
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.lowlatency.StreamKey streamKey()
meth public java.net.URI serverUrl()
meth public java.net.URI url()
meth public java.util.Optional<java.time.Instant> expiresAt()
supr java.lang.Record
hfds serverUrl,streamKey

CLSS public final static io.ivsjava.live.Admission$WebRtc
 outer io.ivsjava.live.Admission
cons public init(io.ivsjava.realtime.ParticipantToken,io.ivsjava.realtime.StageEndpoints)
intf io.ivsjava.live.Admission
meth public boolean canPublish()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.realtime.ParticipantToken token()
meth public io.ivsjava.realtime.StageEndpoints endpoints()
meth public java.lang.String participantId()
meth public java.util.Optional<java.time.Instant> expiresAt()
supr java.lang.Record
hfds endpoints,token

CLSS public io.ivsjava.live.BannedFromChatException
cons public init(io.ivsjava.live.ChatBan)
meth public io.ivsjava.live.ChatBan ban()
supr io.ivsjava.core.IvsAccessDeniedException
hfds ban,serialVersionUID

CLSS public final io.ivsjava.live.Broadcast
cons public init(java.lang.String,io.ivsjava.core.StreamingMode,java.util.Optional<io.ivsjava.live.BroadcastStage>,java.util.Optional<io.ivsjava.live.BroadcastChannel>,java.util.Optional<io.ivsjava.live.Admission$Rtmps>,java.util.Optional<io.ivsjava.core.CompositionArn>)
cons public init(java.lang.String,io.ivsjava.core.StreamingMode,java.util.Optional<io.ivsjava.live.BroadcastStage>,java.util.Optional<io.ivsjava.live.BroadcastChannel>,java.util.Optional<io.ivsjava.live.Admission$Rtmps>,java.util.Optional<io.ivsjava.core.CompositionArn>,java.util.Optional<io.ivsjava.chat.RoomArn>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.StreamingMode mode()
meth public io.ivsjava.live.Broadcast withChatRoom(java.util.Optional<io.ivsjava.chat.RoomArn>)
meth public io.ivsjava.live.Broadcast withComposition(java.util.Optional<io.ivsjava.core.CompositionArn>)
meth public java.lang.String userId()
meth public java.util.Optional<io.ivsjava.chat.RoomArn> chatRoom()
meth public java.util.Optional<io.ivsjava.core.CompositionArn> composition()
meth public java.util.Optional<io.ivsjava.live.Admission$Rtmps> ingest()
meth public java.util.Optional<io.ivsjava.live.BroadcastChannel> channel()
meth public java.util.Optional<io.ivsjava.live.BroadcastStage> stage()
supr java.lang.Record
hfds channel,chatRoom,composition,ingest,mode,stage,userId

CLSS public final io.ivsjava.live.BroadcastChannel
cons public init(io.ivsjava.core.ChannelArn,io.ivsjava.lowlatency.PlaybackUrl,boolean)
meth public boolean privatePlayback()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.ChannelArn arn()
meth public io.ivsjava.lowlatency.PlaybackUrl playbackUrl()
supr java.lang.Record
hfds arn,playbackUrl,privatePlayback

CLSS public final io.ivsjava.live.BroadcastStage
cons public init(io.ivsjava.core.StageArn,io.ivsjava.realtime.StageEndpoints)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.core.StageArn arn()
meth public io.ivsjava.realtime.StageEndpoints endpoints()
supr java.lang.Record
hfds arn,endpoints

CLSS public final io.ivsjava.live.ChatAdmission
cons public init(io.ivsjava.chat.ChatToken,java.net.URI)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.chat.ChatRole role()
meth public io.ivsjava.chat.ChatToken token()
meth public java.net.URI messagingEndpoint()
meth public java.time.Instant expiresAt()
supr java.lang.Record
hfds messagingEndpoint,token

CLSS public final io.ivsjava.live.ChatBan
cons public init(java.lang.String,java.lang.String,java.lang.String,java.time.Instant)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String hostUserId()
meth public java.lang.String reason()
meth public java.lang.String userId()
meth public java.time.Instant bannedAt()
supr java.lang.Record
hfds bannedAt,hostUserId,reason,userId

CLSS public abstract interface io.ivsjava.live.ChatBanStore
meth public abstract boolean remove(java.lang.String,java.lang.String)
meth public abstract int removeAll(java.lang.String)
meth public abstract java.util.List<io.ivsjava.live.ChatBan> list(java.lang.String)
meth public abstract java.util.Optional<io.ivsjava.live.ChatBan> find(java.lang.String,java.lang.String)
meth public abstract void save(io.ivsjava.live.ChatBan)
meth public static io.ivsjava.live.ChatBanStore inMemory()

CLSS public final io.ivsjava.live.ChatEvent
cons public init(java.lang.String,java.util.Map<java.lang.String,java.lang.String>)
fld public final static int MAX_ATTRIBUTE_BYTES = 1024
fld public final static int MAX_NAME_LENGTH = 100
fld public final static int MAX_POLL_OPTIONS = 10
fld public final static java.lang.String POLL = "poll"
fld public final static java.lang.String STREAM_ENDING = "stream-ending"
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String name()
meth public java.util.Map<java.lang.String,java.lang.String> attributes()
meth public static io.ivsjava.live.ChatEvent of(java.lang.String)
meth public static io.ivsjava.live.ChatEvent of(java.lang.String,java.util.Map<java.lang.String,java.lang.String>)
meth public static io.ivsjava.live.ChatEvent poll(java.lang.String,java.util.List<java.lang.String>)
meth public static io.ivsjava.live.ChatEvent streamEnding()
meth public static io.ivsjava.live.ChatEvent streamEnding(java.time.Duration)
supr java.lang.Record
hfds attributes,name

CLSS public final io.ivsjava.live.CleanupPolicy
cons public init(java.util.Optional<java.time.Duration>,java.util.Optional<java.time.Duration>)
fld public final static io.ivsjava.live.CleanupPolicy NONE
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.live.CleanupPolicy withIdleStages(java.time.Duration)
meth public io.ivsjava.live.CleanupPolicy withOfflineChannels(java.time.Duration)
meth public java.util.Optional<java.time.Duration> idleStages()
meth public java.util.Optional<java.time.Duration> offlineChannels()
supr java.lang.Record
hfds idleStages,offlineChannels

CLSS public final io.ivsjava.live.CleanupReport
cons public init(java.util.Set<java.lang.String>,java.util.List<io.ivsjava.core.CompositionArn>,java.util.List<io.ivsjava.core.StageArn>,java.util.List<io.ivsjava.core.ChannelArn>,int)
cons public init(java.util.Set<java.lang.String>,java.util.List<io.ivsjava.core.CompositionArn>,java.util.List<io.ivsjava.core.StageArn>,java.util.List<io.ivsjava.core.ChannelArn>,int,java.util.List<io.ivsjava.chat.RoomArn>)
meth public boolean removedAnything()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public int revokedInvites()
meth public java.util.List<io.ivsjava.chat.RoomArn> deletedRooms()
meth public java.util.List<io.ivsjava.core.ChannelArn> deletedChannels()
meth public java.util.List<io.ivsjava.core.CompositionArn> stoppedCompositions()
meth public java.util.List<io.ivsjava.core.StageArn> deletedStages()
meth public java.util.Set<java.lang.String> users()
supr java.lang.Record
hfds deletedChannels,deletedRooms,deletedStages,revokedInvites,stoppedCompositions,users

CLSS public final io.ivsjava.live.GoLiveOptions
cons public init(boolean,java.util.Optional<io.ivsjava.lowlatency.ChannelType>,java.util.Optional<io.ivsjava.realtime.Video>,java.util.Optional<io.ivsjava.realtime.Layout>)
fld public final static io.ivsjava.live.GoLiveOptions DEFAULTS
fld public final static io.ivsjava.realtime.Video DEFAULT_BASIC_VIDEO
fld public final static io.ivsjava.realtime.Video DEFAULT_HYBRID_VIDEO
innr public final static Builder
meth public boolean privatePlayback()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.lowlatency.ChannelType effectiveChannelType()
meth public java.util.Optional<io.ivsjava.lowlatency.ChannelType> channelType()
meth public java.util.Optional<io.ivsjava.realtime.Layout> layout()
meth public java.util.Optional<io.ivsjava.realtime.Video> video()
meth public static io.ivsjava.live.GoLiveOptions$Builder builder()
supr java.lang.Record
hfds channelType,layout,privatePlayback,video

CLSS public final static io.ivsjava.live.GoLiveOptions$Builder
 outer io.ivsjava.live.GoLiveOptions
meth public io.ivsjava.live.GoLiveOptions build()
meth public io.ivsjava.live.GoLiveOptions$Builder channelType(io.ivsjava.lowlatency.ChannelType)
meth public io.ivsjava.live.GoLiveOptions$Builder layout(io.ivsjava.realtime.Layout)
meth public io.ivsjava.live.GoLiveOptions$Builder privatePlayback(boolean)
meth public io.ivsjava.live.GoLiveOptions$Builder video(io.ivsjava.realtime.Video)
supr java.lang.Object
hfds channelType,layout,privatePlayback,video

CLSS public final io.ivsjava.live.HostTokenSource
meth public io.ivsjava.live.Admission$WebRtc token(io.ivsjava.live.Broadcast,java.lang.String)
meth public java.lang.String toString()
meth public java.time.Duration refreshAhead()
meth public void forget(io.ivsjava.live.Broadcast)
meth public void forget(io.ivsjava.live.Broadcast,java.lang.String)
supr java.lang.Object
hfds clock,live,refreshAhead,slots
hcls Slot

CLSS public final io.ivsjava.live.Invite
cons public init(java.lang.String,java.lang.String,java.time.Instant)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String coHostUserId()
meth public java.lang.String hostUserId()
meth public java.time.Instant invitedAt()
supr java.lang.Record
hfds coHostUserId,hostUserId,invitedAt

CLSS public abstract interface io.ivsjava.live.InviteStore
meth public abstract boolean revoke(java.lang.String,java.lang.String)
meth public abstract int revokeAll(java.lang.String)
meth public abstract java.util.List<io.ivsjava.live.Invite> list(java.lang.String)
meth public abstract java.util.Optional<io.ivsjava.live.Invite> find(java.lang.String,java.lang.String)
meth public abstract void save(io.ivsjava.live.Invite)
meth public static io.ivsjava.live.InviteStore inMemory()

CLSS public final io.ivsjava.live.IvsLive
fld public final static int MAX_CO_HOSTS = 11
fld public final static int MAX_PUBLISHERS = 12
fld public final static java.lang.String DEFAULT_NAMESPACE = "default"
fld public final static java.lang.String TAG_CREATED = "ivs-java:created"
fld public final static java.lang.String TAG_IDEMPOTENCY_TOKEN = "ivs-java:idempotency-token"
fld public final static java.lang.String TAG_LIBRARY = "ivs-java:library"
fld public final static java.lang.String TAG_LIBRARY_VALUE = "ivs-live"
fld public final static java.lang.String TAG_NAMESPACE = "ivs-java:namespace"
fld public final static java.lang.String TAG_USER = "ivs-java:user"
innr public final static Builder
intf java.lang.AutoCloseable
meth public int removeHost(io.ivsjava.live.Broadcast,java.lang.String,java.lang.String)
meth public io.ivsjava.live.Admission admitHost(io.ivsjava.live.Broadcast,java.lang.String)
meth public io.ivsjava.live.Admission admitViewer(io.ivsjava.live.Broadcast)
meth public io.ivsjava.live.Admission admitViewer(io.ivsjava.live.Broadcast,java.lang.String)
meth public io.ivsjava.live.Admission$WebRtc promote(io.ivsjava.live.Broadcast,java.lang.String)
meth public io.ivsjava.live.Admission$WebRtc promote(io.ivsjava.live.Broadcast,java.lang.String,java.lang.String)
meth public io.ivsjava.live.Broadcast end(io.ivsjava.live.Broadcast)
meth public io.ivsjava.live.Broadcast goLive(java.lang.String,io.ivsjava.core.StreamingMode)
meth public io.ivsjava.live.Broadcast goLive(java.lang.String,io.ivsjava.core.StreamingMode,io.ivsjava.live.GoLiveOptions)
meth public io.ivsjava.live.Broadcast provision(java.lang.String,io.ivsjava.core.StreamingMode)
meth public io.ivsjava.live.Broadcast provision(java.lang.String,io.ivsjava.core.StreamingMode,io.ivsjava.live.GoLiveOptions)
meth public io.ivsjava.live.CleanupReport teardown(io.ivsjava.live.Broadcast)
meth public io.ivsjava.live.CleanupReport teardown(java.lang.String)
meth public io.ivsjava.live.HostTokenSource hostTokens()
meth public io.ivsjava.live.Invite invite(io.ivsjava.live.Broadcast,java.lang.String)
meth public io.ivsjava.live.InviteStore invites()
meth public io.ivsjava.live.Janitor janitor(io.ivsjava.live.CleanupPolicy)
meth public io.ivsjava.live.LiveChat chat()
meth public io.ivsjava.lowlatency.IvsLowLatency lowLatency()
meth public io.ivsjava.realtime.IvsRealTime realTime()
meth public java.lang.String namespace()
meth public java.lang.String toString()
meth public static io.ivsjava.live.IvsLive$Builder builder()
meth public void close()
supr java.lang.Object
hfds LOG,NAMESPACE,PARTICIPANT_ID,chat,clock,creates,encoderLock,encoders,hints,hostTokenLifetime,hostTokens,invites,locks,lowLatency,namespace,ownsClients,participantSigner,playbackSigner,playbackTokenValidity,realTime,viewerTokenLifetime
hcls Hint,UserLock

CLSS public final static io.ivsjava.live.IvsLive$Builder
 outer io.ivsjava.live.IvsLive
meth public io.ivsjava.live.IvsLive build()
meth public io.ivsjava.live.IvsLive$Builder chatBanStore(io.ivsjava.live.ChatBanStore)
meth public io.ivsjava.live.IvsLive$Builder chatClient(io.ivsjava.chat.IvsChat)
meth public io.ivsjava.live.IvsLive$Builder chatMessagingEndpoint(java.net.URI)
meth public io.ivsjava.live.IvsLive$Builder chatRooms()
meth public io.ivsjava.live.IvsLive$Builder chatRooms(io.ivsjava.chat.RoomSpec)
meth public io.ivsjava.live.IvsLive$Builder chatSessionDuration(java.time.Duration)
meth public io.ivsjava.live.IvsLive$Builder clients(io.ivsjava.realtime.IvsRealTime,io.ivsjava.lowlatency.IvsLowLatency)
meth public io.ivsjava.live.IvsLive$Builder clock(java.time.Clock)
meth public io.ivsjava.live.IvsLive$Builder connection(io.ivsjava.core.IvsConnection)
meth public io.ivsjava.live.IvsLive$Builder hostTokenLifetime(java.time.Duration)
meth public io.ivsjava.live.IvsLive$Builder hostTokenRefreshAhead(java.time.Duration)
meth public io.ivsjava.live.IvsLive$Builder inviteStore(io.ivsjava.live.InviteStore)
meth public io.ivsjava.live.IvsLive$Builder namespace(java.lang.String)
meth public io.ivsjava.live.IvsLive$Builder participantTokenKey(io.ivsjava.realtime.ImportedKeyPair)
meth public io.ivsjava.live.IvsLive$Builder participantTokenKey(java.security.interfaces.ECPrivateKey,io.ivsjava.core.PublicKeyArn)
meth public io.ivsjava.live.IvsLive$Builder playbackTokenKey(java.security.interfaces.ECPrivateKey)
meth public io.ivsjava.live.IvsLive$Builder playbackTokenValidity(java.time.Duration)
meth public io.ivsjava.live.IvsLive$Builder viewerTokenLifetime(java.time.Duration)
supr java.lang.Object
hfds chatBans,chatClient,chatMessagingEndpoint,chatRoomTemplate,chatRooms,chatSessionDuration,clock,connection,hostTokenLifetime,hostTokenRefreshAhead,invites,lowLatency,namespace,participantKey,participantKeyArn,playbackKey,playbackTokenValidity,realTime,viewerTokenLifetime

CLSS public final io.ivsjava.live.Janitor
meth public io.ivsjava.live.CleanupPolicy policy()
meth public io.ivsjava.live.CleanupReport sweep()
meth public java.lang.String toString()
supr java.lang.Object
hfds LOG,live,policy

CLSS public final io.ivsjava.live.LiveChat
fld public final static int MAX_REASON_LENGTH = 256
meth public boolean unban(io.ivsjava.live.Broadcast,java.lang.String)
meth public io.ivsjava.chat.IvsChat client()
meth public io.ivsjava.live.ChatAdmission admit(io.ivsjava.live.Broadcast,java.lang.String)
meth public io.ivsjava.live.ChatAdmission admit(io.ivsjava.live.Broadcast,java.lang.String,java.util.Map<java.lang.String,java.lang.String>)
meth public io.ivsjava.live.ChatAdmission admitAnonymous(io.ivsjava.live.Broadcast)
meth public io.ivsjava.live.ChatBan ban(io.ivsjava.live.Broadcast,java.lang.String,java.lang.String)
meth public io.ivsjava.live.ChatBanStore bans()
meth public java.lang.String sendEvent(io.ivsjava.live.Broadcast,io.ivsjava.live.ChatEvent)
meth public java.lang.String toString()
meth public java.net.URI messagingEndpoint()
meth public java.time.Duration sessionDuration()
supr java.lang.Object
hfds LOG,bans,chat,clock,hints,locking,messagingEndpoint,namespace,ownsChat,rooms,sessionDuration,template
hcls UserLocking

CLSS abstract interface io.ivsjava.live.package-info
 anno 0 org.jspecify.annotations.NullMarked()

CLSS public abstract interface java.io.Serializable

CLSS public abstract interface java.lang.AutoCloseable
meth public abstract void close() throws java.lang.Exception

CLSS public java.lang.Exception
cons protected init(java.lang.String,java.lang.Throwable,boolean,boolean)
cons public init()
cons public init(java.lang.String)
cons public init(java.lang.String,java.lang.Throwable)
cons public init(java.lang.Throwable)
supr java.lang.Throwable
hfds serialVersionUID

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

CLSS public java.lang.RuntimeException
cons protected init(java.lang.String,java.lang.Throwable,boolean,boolean)
cons public init()
cons public init(java.lang.String)
cons public init(java.lang.String,java.lang.Throwable)
cons public init(java.lang.Throwable)
supr java.lang.Exception
hfds serialVersionUID

CLSS public java.lang.Throwable
cons protected init(java.lang.String,java.lang.Throwable,boolean,boolean)
cons public init()
cons public init(java.lang.String)
cons public init(java.lang.String,java.lang.Throwable)
cons public init(java.lang.Throwable)
intf java.io.Serializable
meth public final java.lang.Throwable[] getSuppressed()
meth public final void addSuppressed(java.lang.Throwable)
meth public java.lang.StackTraceElement[] getStackTrace()
meth public java.lang.String getLocalizedMessage()
meth public java.lang.String getMessage()
meth public java.lang.String toString()
meth public java.lang.Throwable fillInStackTrace()
meth public java.lang.Throwable getCause()
meth public java.lang.Throwable initCause(java.lang.Throwable)
meth public void printStackTrace()
meth public void printStackTrace(java.io.PrintStream)
meth public void printStackTrace(java.io.PrintWriter)
meth public void setStackTrace(java.lang.StackTraceElement[])
supr java.lang.Object
hfds CAUSE_CAPTION,EMPTY_THROWABLE_ARRAY,NULL_CAUSE_MESSAGE,SELF_SUPPRESSION_MESSAGE,SUPPRESSED_CAPTION,SUPPRESSED_SENTINEL,UNASSIGNED_STACK,backtrace,cause,depth,detailMessage,serialVersionUID,stackTrace,suppressedExceptions
hcls PrintStreamOrWriter,SentinelHolder,WrappedPrintStream,WrappedPrintWriter

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

CLSS public abstract interface !annotation org.jspecify.annotations.NullMarked
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[MODULE, PACKAGE, TYPE, METHOD, CONSTRUCTOR])
intf java.lang.annotation.Annotation

