#Signature file v4.1
#Version ivs-emulator

CLSS public final io.ivsjava.emulator.ChatMessageReview
cons public init(io.ivsjava.emulator.ChatMessageReview$Result,java.util.Optional<java.lang.String>,java.util.Optional<java.util.Map<java.lang.String,java.lang.String>>)
innr public final static !enum Result
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.emulator.ChatMessageReview$Result reviewResult()
meth public java.util.Optional<java.lang.String> content()
meth public java.util.Optional<java.lang.String> reason()
meth public java.util.Optional<java.util.Map<java.lang.String,java.lang.String>> attributes()
meth public static io.ivsjava.emulator.ChatMessageReview allow()
meth public static io.ivsjava.emulator.ChatMessageReview allow(java.lang.String)
meth public static io.ivsjava.emulator.ChatMessageReview allow(java.lang.String,java.util.Map<java.lang.String,java.lang.String>)
meth public static io.ivsjava.emulator.ChatMessageReview deny()
meth public static io.ivsjava.emulator.ChatMessageReview deny(java.lang.String)
supr java.lang.Record
hfds attributes,content,reviewResult

CLSS public final static !enum io.ivsjava.emulator.ChatMessageReview$Result
 outer io.ivsjava.emulator.ChatMessageReview
fld public final static io.ivsjava.emulator.ChatMessageReview$Result ALLOW
fld public final static io.ivsjava.emulator.ChatMessageReview$Result DENY
meth public static io.ivsjava.emulator.ChatMessageReview$Result valueOf(java.lang.String)
meth public static io.ivsjava.emulator.ChatMessageReview$Result[] values()
supr java.lang.Enum<io.ivsjava.emulator.ChatMessageReview$Result>

CLSS public final io.ivsjava.emulator.ChatMessageReviewRequest
cons public init(java.lang.String,java.lang.String,java.lang.String,java.lang.String,java.util.Map<java.lang.String,java.lang.String>,io.ivsjava.emulator.ChatMessageReviewRequest$Sender)
innr public final static Sender
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.emulator.ChatMessageReviewRequest$Sender sender()
meth public java.lang.String content()
meth public java.lang.String handlerUri()
meth public java.lang.String messageId()
meth public java.lang.String roomArn()
meth public java.util.Map<java.lang.String,java.lang.String> attributes()
supr java.lang.Record
hfds attributes,content,handlerUri,messageId,roomArn,sender

CLSS public final static io.ivsjava.emulator.ChatMessageReviewRequest$Sender
 outer io.ivsjava.emulator.ChatMessageReviewRequest
cons public init(java.lang.String,java.lang.String,java.util.Map<java.lang.String,java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String ip()
meth public java.lang.String userId()
meth public java.util.Map<java.lang.String,java.lang.String> attributes()
supr java.lang.Record
hfds attributes,ip,userId

CLSS public abstract interface io.ivsjava.emulator.ChatMessageReviewer
 anno 0 java.lang.FunctionalInterface()
meth public abstract io.ivsjava.emulator.ChatMessageReview review(io.ivsjava.emulator.ChatMessageReviewRequest) throws java.lang.Exception

CLSS public final io.ivsjava.emulator.EmulatorOptions
cons public init(int,java.net.InetAddress,java.lang.String,java.lang.String,java.util.Map<io.ivsjava.emulator.Quota,java.lang.Integer>,int,java.util.Map<java.lang.String,java.lang.String>,java.util.OptionalInt,java.util.Optional<io.ivsjava.emulator.EventWebhook>,java.util.Optional<java.net.URI>,java.time.Duration)
fld public final static int DEFAULT_JOURNAL_CAPACITY = 10000
fld public final static java.lang.String DEFAULT_ACCOUNT_ID = "123456789012"
fld public final static java.lang.String DEFAULT_REGION = "us-east-1"
fld public final static java.time.Duration DEFAULT_CHAT_REVIEW_TIMEOUT
meth public !varargs static io.ivsjava.emulator.EmulatorOptions fromArgs(java.lang.String[])
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public int journalCapacity()
meth public int limit(io.ivsjava.emulator.Quota)
meth public int port()
meth public io.ivsjava.emulator.EmulatorOptions withAccountId(java.lang.String)
meth public io.ivsjava.emulator.EmulatorOptions withBindAddress(java.net.InetAddress)
meth public io.ivsjava.emulator.EmulatorOptions withChatReviewTimeout(java.time.Duration)
meth public io.ivsjava.emulator.EmulatorOptions withChatReviewUrl(java.net.URI)
meth public io.ivsjava.emulator.EmulatorOptions withEventWebhook(io.ivsjava.emulator.EventWebhook)
meth public io.ivsjava.emulator.EmulatorOptions withJournalCapacity(int)
meth public io.ivsjava.emulator.EmulatorOptions withPort(int)
meth public io.ivsjava.emulator.EmulatorOptions withQuota(io.ivsjava.emulator.Quota,int)
meth public io.ivsjava.emulator.EmulatorOptions withRegion(java.lang.String)
meth public io.ivsjava.emulator.EmulatorOptions withRtmpPort(int)
meth public io.ivsjava.emulator.EmulatorOptions withSigningKey(java.lang.String,java.lang.String)
meth public java.lang.String accountId()
meth public java.lang.String region()
meth public java.lang.String toString()
meth public java.net.InetAddress bindAddress()
meth public java.time.Duration chatReviewTimeout()
meth public java.util.Map<io.ivsjava.emulator.Quota,java.lang.Integer> quotas()
meth public java.util.Map<java.lang.String,java.lang.String> signingKeys()
meth public java.util.Optional<io.ivsjava.emulator.EventWebhook> eventWebhook()
meth public java.util.Optional<java.net.URI> chatReviewUrl()
meth public java.util.OptionalInt rtmpPort()
meth public static io.ivsjava.emulator.EmulatorOptions defaults()
supr java.lang.Record
hfds ACCOUNT,REGION,accountId,bindAddress,chatReviewTimeout,chatReviewUrl,eventWebhook,journalCapacity,port,quotas,region,rtmpPort,signingKeys
hcls Draft

CLSS public final io.ivsjava.emulator.EventWebhook
cons public init(java.net.URI,java.util.Optional<io.ivsjava.emulator.EventWebhook$Credential>,int,int,java.time.Duration,java.time.Duration)
fld public final static int DEFAULT_MAX_ATTEMPTS = 8
fld public final static int DEFAULT_QUEUE_CAPACITY = 10000
innr public abstract interface static Credential
innr public final static ApiKey
innr public final static BasicAuth
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public int maxAttempts()
meth public int queueCapacity()
meth public io.ivsjava.emulator.EventWebhook withApiKey(java.lang.String,java.lang.String)
meth public io.ivsjava.emulator.EventWebhook withBasicAuth(java.lang.String,java.lang.String)
meth public io.ivsjava.emulator.EventWebhook withQueueCapacity(int)
meth public io.ivsjava.emulator.EventWebhook withRetries(int,java.time.Duration,java.time.Duration)
meth public java.lang.String toString()
meth public java.net.URI url()
meth public java.time.Duration firstRetryDelay()
meth public java.time.Duration maxRetryDelay()
meth public java.util.Optional<io.ivsjava.emulator.EventWebhook$Credential> credential()
meth public static io.ivsjava.emulator.EventWebhook to(java.net.URI)
supr java.lang.Record
hfds TOKEN,credential,firstRetryDelay,maxAttempts,maxRetryDelay,queueCapacity,url

CLSS public final static io.ivsjava.emulator.EventWebhook$ApiKey
 outer io.ivsjava.emulator.EventWebhook
cons public init(java.lang.String,java.lang.String)
intf io.ivsjava.emulator.EventWebhook$Credential
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public java.lang.String headerName()
meth public java.lang.String toString()
meth public java.lang.String value()
supr java.lang.Record
hfds headerName,value

CLSS public final static io.ivsjava.emulator.EventWebhook$BasicAuth
 outer io.ivsjava.emulator.EventWebhook
cons public init(java.lang.String,java.lang.String)
intf io.ivsjava.emulator.EventWebhook$Credential
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public java.lang.String password()
meth public java.lang.String toString()
meth public java.lang.String username()
supr java.lang.Record
hfds password,username

CLSS public abstract interface static io.ivsjava.emulator.EventWebhook$Credential
 outer io.ivsjava.emulator.EventWebhook

CLSS public abstract interface io.ivsjava.emulator.Fault
innr public final static ConnectionReset
innr public final static Delay
innr public final static ErrorAfterApplying
innr public final static OneOf
innr public final static ServiceError
innr public final static TruncatedResponse
meth public !varargs static io.ivsjava.emulator.Fault oneOf(io.ivsjava.emulator.Fault[])
meth public static io.ivsjava.emulator.Fault connectionReset()
meth public static io.ivsjava.emulator.Fault delay(java.time.Duration)
meth public static io.ivsjava.emulator.Fault error(java.lang.String)
meth public static io.ivsjava.emulator.Fault error(java.lang.String,java.lang.String)
meth public static io.ivsjava.emulator.Fault errorAfterApplying(java.lang.String)
meth public static io.ivsjava.emulator.Fault internalError()
meth public static io.ivsjava.emulator.Fault throttling()
meth public static io.ivsjava.emulator.Fault truncatedResponse()

CLSS public final static io.ivsjava.emulator.Fault$ConnectionReset
 outer io.ivsjava.emulator.Fault
cons public init()
intf io.ivsjava.emulator.Fault
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
supr java.lang.Record

CLSS public final static io.ivsjava.emulator.Fault$Delay
 outer io.ivsjava.emulator.Fault
cons public init(java.time.Duration)
intf io.ivsjava.emulator.Fault
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.time.Duration latency()
supr java.lang.Record
hfds latency

CLSS public final static io.ivsjava.emulator.Fault$ErrorAfterApplying
 outer io.ivsjava.emulator.Fault
cons public init(java.lang.String,java.lang.String)
intf io.ivsjava.emulator.Fault
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String errorCode()
meth public java.lang.String message()
supr java.lang.Record
hfds errorCode,message

CLSS public final static io.ivsjava.emulator.Fault$OneOf
 outer io.ivsjava.emulator.Fault
cons public init(java.util.List<io.ivsjava.emulator.Fault>)
intf io.ivsjava.emulator.Fault
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.util.List<io.ivsjava.emulator.Fault> faults()
supr java.lang.Record
hfds faults

CLSS public final static io.ivsjava.emulator.Fault$ServiceError
 outer io.ivsjava.emulator.Fault
cons public init(java.lang.String,java.lang.String)
intf io.ivsjava.emulator.Fault
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String errorCode()
meth public java.lang.String message()
supr java.lang.Record
hfds errorCode,message

CLSS public final static io.ivsjava.emulator.Fault$TruncatedResponse
 outer io.ivsjava.emulator.Fault
cons public init()
intf io.ivsjava.emulator.Fault
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
supr java.lang.Record

CLSS public final io.ivsjava.emulator.IvsEmulator
innr public final static Builder
intf java.lang.AutoCloseable
meth public boolean isRunning()
meth public java.lang.String accessKeyId()
meth public java.lang.String accountId()
meth public java.lang.String region()
meth public java.lang.String secretAccessKey()
meth public java.lang.String simulateParticipantJoin(java.lang.String)
meth public java.lang.String simulateTokenExchange(java.lang.String)
meth public java.lang.String toString()
meth public java.net.URI chatMessagingEndpoint()
meth public java.net.URI endpoint()
meth public java.security.PublicKey participantTokenPublicKey()
meth public java.time.Instant now()
meth public java.util.List<io.ivsjava.emulator.RecordedCall> calls()
meth public java.util.List<io.ivsjava.emulator.RecordedCall> calls(java.lang.String)
meth public java.util.Optional<io.ivsjava.emulator.RecordedCall> takeCall(java.lang.String,java.time.Duration)
meth public java.util.Optional<io.ivsjava.emulator.RecordedCall> takeCall(java.time.Duration)
meth public java.util.Optional<java.net.URI> rtmpEndpoint()
meth public long requestCount()
meth public long requestCount(java.lang.String)
meth public static io.ivsjava.emulator.IvsEmulator start()
meth public static io.ivsjava.emulator.IvsEmulator start(io.ivsjava.emulator.EmulatorOptions)
meth public static io.ivsjava.emulator.IvsEmulator$Builder builder()
meth public void addEventListener(java.util.function.Consumer<java.lang.String>)
meth public void advanceClock(java.time.Duration)
meth public void clearChatMessageReviewer()
meth public void clearFaults()
meth public void close()
meth public void injectFault(double,io.ivsjava.emulator.Fault)
meth public void injectFault(java.lang.String,int,io.ivsjava.emulator.Fault)
meth public void removeEventListener(java.util.function.Consumer<java.lang.String>)
meth public void reset()
meth public void setChatMessageReviewer(io.ivsjava.emulator.ChatMessageReviewer)
meth public void setClock(java.time.Instant)
meth public void simulateIngestEnd(java.lang.String)
meth public void simulateIngestStart(java.lang.String)
meth public void simulateParticipantLeave(java.lang.String,java.lang.String)
meth public void simulateParticipantPublish(java.lang.String,java.lang.String)
meth public void simulateParticipantSubscribe(java.lang.String,java.lang.String,java.lang.String)
meth public void simulateParticipantUnpublish(java.lang.String,java.lang.String)
meth public void simulateParticipantUnsubscribe(java.lang.String,java.lang.String,java.lang.String)
meth public void simulateStreamEnd(java.lang.String)
meth public void simulateStreamStart(java.lang.String)
meth public void simulateStreamStart(java.lang.String,java.lang.String)
supr java.lang.Object
hfds server

CLSS public final static io.ivsjava.emulator.IvsEmulator$Builder
 outer io.ivsjava.emulator.IvsEmulator
meth public io.ivsjava.emulator.EmulatorOptions options()
meth public io.ivsjava.emulator.IvsEmulator start()
meth public io.ivsjava.emulator.IvsEmulator$Builder accountId(java.lang.String)
meth public io.ivsjava.emulator.IvsEmulator$Builder bindAddress(java.net.InetAddress)
meth public io.ivsjava.emulator.IvsEmulator$Builder chatMessageReviewer(io.ivsjava.emulator.ChatMessageReviewer)
meth public io.ivsjava.emulator.IvsEmulator$Builder chatReviewTimeout(java.time.Duration)
meth public io.ivsjava.emulator.IvsEmulator$Builder chatReviewUrl(java.net.URI)
meth public io.ivsjava.emulator.IvsEmulator$Builder eventWebhook(io.ivsjava.emulator.EventWebhook)
meth public io.ivsjava.emulator.IvsEmulator$Builder journalCapacity(int)
meth public io.ivsjava.emulator.IvsEmulator$Builder port(int)
meth public io.ivsjava.emulator.IvsEmulator$Builder quota(io.ivsjava.emulator.Quota,int)
meth public io.ivsjava.emulator.IvsEmulator$Builder region(java.lang.String)
meth public io.ivsjava.emulator.IvsEmulator$Builder rtmpPort(int)
meth public io.ivsjava.emulator.IvsEmulator$Builder strictSigV4(java.lang.String,java.lang.String)
supr java.lang.Object
hfds options,reviewer

CLSS public final !enum io.ivsjava.emulator.Quota
fld public final static io.ivsjava.emulator.Quota AD_CONFIGURATIONS
fld public final static io.ivsjava.emulator.Quota CHANNELS
fld public final static io.ivsjava.emulator.Quota CHAT_CONNECTIONS
fld public final static io.ivsjava.emulator.Quota COMPOSITIONS
fld public final static io.ivsjava.emulator.Quota ENCODER_CONFIGURATIONS
fld public final static io.ivsjava.emulator.Quota INGEST_CONFIGURATIONS
fld public final static io.ivsjava.emulator.Quota LOGGING_CONFIGURATIONS
fld public final static io.ivsjava.emulator.Quota PLAYBACK_KEY_PAIRS
fld public final static io.ivsjava.emulator.Quota PLAYBACK_RESTRICTION_POLICIES
fld public final static io.ivsjava.emulator.Quota PUBLIC_KEYS
fld public final static io.ivsjava.emulator.Quota RECORDING_CONFIGURATIONS
fld public final static io.ivsjava.emulator.Quota ROOMS
fld public final static io.ivsjava.emulator.Quota STAGES
fld public final static io.ivsjava.emulator.Quota STAGE_PUBLISHERS
fld public final static io.ivsjava.emulator.Quota STAGE_SUBSCRIBERS
fld public final static io.ivsjava.emulator.Quota STORAGE_CONFIGURATIONS
fld public final static io.ivsjava.emulator.Quota STREAM_KEYS_PER_CHANNEL
meth public int defaultLimit()
meth public static io.ivsjava.emulator.Quota valueOf(java.lang.String)
meth public static io.ivsjava.emulator.Quota[] values()
supr java.lang.Enum<io.ivsjava.emulator.Quota>
hfds defaultLimit

CLSS public final io.ivsjava.emulator.RecordedCall
cons public init(java.lang.String,java.lang.String,java.lang.String,java.lang.String,java.lang.String,java.lang.String,java.lang.String,java.util.Map<java.lang.String,java.lang.String>,int,java.util.Optional<java.lang.String>,java.util.Optional<io.ivsjava.emulator.Fault>,java.time.Instant,java.lang.String)
meth public boolean succeeded()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public int status()
meth public java.lang.String accountId()
meth public java.lang.String input()
meth public java.lang.String method()
meth public java.lang.String operation()
meth public java.lang.String path()
meth public java.lang.String region()
meth public java.lang.String requestId()
meth public java.lang.String service()
meth public java.time.Instant time()
meth public java.util.Map<java.lang.String,java.lang.String> headers()
meth public java.util.Optional<io.ivsjava.emulator.Fault> fault()
meth public java.util.Optional<java.lang.String> errorCode()
supr java.lang.Record
hfds accountId,errorCode,fault,headers,input,method,operation,path,region,requestId,service,status,time

CLSS abstract interface io.ivsjava.emulator.package-info
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

