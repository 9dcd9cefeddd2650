#Signature file v4.1
#Version ivs-chat

CLSS public final io.ivsjava.chat.ChatArn
cons public init(java.lang.String,java.lang.String,io.ivsjava.chat.ChatArn$Type,java.lang.String)
fld public final static int MAX_LENGTH = 128
innr public final static !enum Type
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public io.ivsjava.chat.ChatArn$Type type()
meth public java.lang.String accountId()
meth public java.lang.String region()
meth public java.lang.String resourceId()
meth public java.lang.String toString()
meth public static io.ivsjava.chat.ChatArn parse(java.lang.String,java.lang.String)
meth public static io.ivsjava.chat.ChatArn parse(java.lang.String,java.lang.String,io.ivsjava.chat.ChatArn$Type)
supr java.lang.Record
hfds ACCOUNT,ID,PREFIX,REGION,SHAPE,accountId,region,resourceId,type

CLSS public final static !enum io.ivsjava.chat.ChatArn$Type
 outer io.ivsjava.chat.ChatArn
fld public final static io.ivsjava.chat.ChatArn$Type LOGGING_CONFIGURATION
fld public final static io.ivsjava.chat.ChatArn$Type ROOM
meth public java.lang.String arnName()
meth public static io.ivsjava.chat.ChatArn$Type valueOf(java.lang.String)
meth public static io.ivsjava.chat.ChatArn$Type[] values()
supr java.lang.Enum<io.ivsjava.chat.ChatArn$Type>
hfds arnName

CLSS public final !enum io.ivsjava.chat.ChatCapability
fld public final static io.ivsjava.chat.ChatCapability DELETE_MESSAGE
fld public final static io.ivsjava.chat.ChatCapability DISCONNECT_USER
fld public final static io.ivsjava.chat.ChatCapability SEND_MESSAGE
fld public final static io.ivsjava.chat.ChatCapability UNKNOWN
meth public static io.ivsjava.chat.ChatCapability valueOf(java.lang.String)
meth public static io.ivsjava.chat.ChatCapability[] values()
supr java.lang.Enum<io.ivsjava.chat.ChatCapability>

CLSS public abstract interface io.ivsjava.chat.ChatResourceArn
meth public abstract io.ivsjava.chat.ChatArn arn()
meth public java.lang.String id()
meth public java.lang.String value()

CLSS public final io.ivsjava.chat.ChatRole
cons public init(java.util.Set<io.ivsjava.chat.ChatCapability>,java.lang.String,java.util.Map<java.lang.String,java.lang.String>)
fld public final static int MAX_ATTRIBUTE_BYTES = 1024
fld public final static int MAX_USER_ID_LENGTH = 128
fld public final static java.lang.String ANONYMOUS_PREFIX = "anonymous-"
meth public boolean canSend()
meth public boolean moderates()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.chat.ChatRole withAttributes(java.util.Map<java.lang.String,java.lang.String>)
meth public java.lang.String userId()
meth public java.util.Map<java.lang.String,java.lang.String> attributes()
meth public java.util.Set<io.ivsjava.chat.ChatCapability> capabilities()
meth public static io.ivsjava.chat.ChatRole anonymous()
meth public static io.ivsjava.chat.ChatRole host(java.lang.String)
meth public static io.ivsjava.chat.ChatRole host(java.lang.String,java.util.Map<java.lang.String,java.lang.String>)
meth public static io.ivsjava.chat.ChatRole of(java.util.Set<io.ivsjava.chat.ChatCapability>,java.lang.String)
meth public static io.ivsjava.chat.ChatRole of(java.util.Set<io.ivsjava.chat.ChatCapability>,java.lang.String,java.util.Map<java.lang.String,java.lang.String>)
meth public static io.ivsjava.chat.ChatRole readOnly(java.lang.String)
meth public static io.ivsjava.chat.ChatRole viewer(java.lang.String)
meth public static io.ivsjava.chat.ChatRole viewer(java.lang.String,java.util.Map<java.lang.String,java.lang.String>)
supr java.lang.Record
hfds attributes,capabilities,userId

CLSS public final io.ivsjava.chat.ChatToken
cons public init(io.ivsjava.chat.RoomArn,io.ivsjava.chat.ChatRole,java.time.Duration,java.lang.String,java.time.Instant,java.time.Instant)
fld public final static java.time.Duration DEFAULT_SESSION_DURATION
fld public final static java.time.Duration MAX_SESSION_DURATION
fld public final static java.time.Duration MIN_SESSION_DURATION
meth public boolean expiresWithin(java.time.Duration)
meth public boolean expiresWithin(java.time.Duration,java.time.Clock)
meth public boolean sessionEndsWithin(java.time.Duration)
meth public boolean sessionEndsWithin(java.time.Duration,java.time.Clock)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public io.ivsjava.chat.ChatRole role()
meth public io.ivsjava.chat.RoomArn room()
meth public java.lang.String toString()
meth public java.lang.String token()
meth public java.lang.String userId()
meth public java.time.Duration sessionDuration()
meth public java.time.Instant sessionExpirationTime()
meth public java.time.Instant tokenExpirationTime()
supr java.lang.Record
hfds role,room,sessionDuration,sessionExpirationTime,token,tokenExpirationTime

CLSS public final io.ivsjava.chat.IvsChat
intf java.lang.AutoCloseable
meth public io.ivsjava.chat.ChatToken createChatToken(io.ivsjava.chat.RoomArn,io.ivsjava.chat.ChatRole)
meth public io.ivsjava.chat.ChatToken createChatToken(io.ivsjava.chat.RoomArn,io.ivsjava.chat.ChatRole,java.time.Duration)
meth public io.ivsjava.chat.LoggingConfiguration createLoggingConfiguration(java.lang.String,io.ivsjava.chat.LoggingDestination)
meth public io.ivsjava.chat.LoggingConfiguration createLoggingConfiguration(java.lang.String,io.ivsjava.chat.LoggingDestination,java.util.Map<java.lang.String,java.lang.String>)
meth public io.ivsjava.chat.LoggingConfiguration getLoggingConfiguration(io.ivsjava.chat.LoggingConfigurationArn)
meth public io.ivsjava.chat.LoggingConfiguration updateLoggingConfiguration(io.ivsjava.chat.LoggingConfigurationArn,io.ivsjava.chat.LoggingConfigurationUpdate)
meth public io.ivsjava.chat.Room createRoom(io.ivsjava.chat.RoomSpec)
meth public io.ivsjava.chat.Room getRoom(io.ivsjava.chat.RoomArn)
meth public io.ivsjava.chat.Room updateRoom(io.ivsjava.chat.RoomArn,io.ivsjava.chat.RoomUpdate)
meth public java.lang.String deleteMessage(io.ivsjava.chat.RoomArn,java.lang.String)
meth public java.lang.String deleteMessage(io.ivsjava.chat.RoomArn,java.lang.String,java.lang.String)
meth public java.lang.String sendEvent(io.ivsjava.chat.RoomArn,java.lang.String)
meth public java.lang.String sendEvent(io.ivsjava.chat.RoomArn,java.lang.String,java.util.Map<java.lang.String,java.lang.String>)
meth public java.util.Map<java.lang.String,java.lang.String> listTagsForResource(io.ivsjava.chat.ChatResourceArn)
meth public java.util.stream.Stream<io.ivsjava.chat.LoggingConfiguration> listLoggingConfigurations()
meth public java.util.stream.Stream<io.ivsjava.chat.RoomSummary> listRooms()
meth public java.util.stream.Stream<io.ivsjava.chat.RoomSummary> listRooms(io.ivsjava.chat.RoomFilter)
meth public software.amazon.awssdk.services.ivschat.IvschatClient sdkClient()
meth public static io.ivsjava.chat.IvsChat connect(io.ivsjava.core.IvsConnection)
meth public static io.ivsjava.chat.IvsChat connect(io.ivsjava.core.IvsConnection,java.time.Clock)
meth public static io.ivsjava.chat.IvsChat create(software.amazon.awssdk.services.ivschat.IvschatClient)
meth public static io.ivsjava.chat.IvsChat create(software.amazon.awssdk.services.ivschat.IvschatClient,java.time.Clock)
meth public void close()
meth public void deleteLoggingConfiguration(io.ivsjava.chat.LoggingConfigurationArn)
meth public void deleteRoom(io.ivsjava.chat.RoomArn)
meth public void disconnectUser(io.ivsjava.chat.RoomArn,java.lang.String)
meth public void disconnectUser(io.ivsjava.chat.RoomArn,java.lang.String,java.lang.String)
meth public void tagResource(io.ivsjava.chat.ChatResourceArn,java.util.Map<java.lang.String,java.lang.String>)
meth public void untagResource(io.ivsjava.chat.ChatResourceArn,java.util.Collection<java.lang.String>)
supr java.lang.Object
hfds calls,client,ownsClient

CLSS public final io.ivsjava.chat.IvsChatAsync
intf java.lang.AutoCloseable
meth public java.util.concurrent.CompletableFuture<io.ivsjava.chat.ChatToken> createChatToken(io.ivsjava.chat.RoomArn,io.ivsjava.chat.ChatRole)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.chat.ChatToken> createChatToken(io.ivsjava.chat.RoomArn,io.ivsjava.chat.ChatRole,java.time.Duration)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.chat.LoggingConfiguration> createLoggingConfiguration(java.lang.String,io.ivsjava.chat.LoggingDestination)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.chat.LoggingConfiguration> createLoggingConfiguration(java.lang.String,io.ivsjava.chat.LoggingDestination,java.util.Map<java.lang.String,java.lang.String>)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.chat.LoggingConfiguration> getLoggingConfiguration(io.ivsjava.chat.LoggingConfigurationArn)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.chat.LoggingConfiguration> updateLoggingConfiguration(io.ivsjava.chat.LoggingConfigurationArn,io.ivsjava.chat.LoggingConfigurationUpdate)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.chat.Room> createRoom(io.ivsjava.chat.RoomSpec)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.chat.Room> getRoom(io.ivsjava.chat.RoomArn)
meth public java.util.concurrent.CompletableFuture<io.ivsjava.chat.Room> updateRoom(io.ivsjava.chat.RoomArn,io.ivsjava.chat.RoomUpdate)
meth public java.util.concurrent.CompletableFuture<java.lang.String> deleteMessage(io.ivsjava.chat.RoomArn,java.lang.String)
meth public java.util.concurrent.CompletableFuture<java.lang.String> deleteMessage(io.ivsjava.chat.RoomArn,java.lang.String,java.lang.String)
meth public java.util.concurrent.CompletableFuture<java.lang.String> sendEvent(io.ivsjava.chat.RoomArn,java.lang.String)
meth public java.util.concurrent.CompletableFuture<java.lang.String> sendEvent(io.ivsjava.chat.RoomArn,java.lang.String,java.util.Map<java.lang.String,java.lang.String>)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> deleteLoggingConfiguration(io.ivsjava.chat.LoggingConfigurationArn)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> deleteRoom(io.ivsjava.chat.RoomArn)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> disconnectUser(io.ivsjava.chat.RoomArn,java.lang.String)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> disconnectUser(io.ivsjava.chat.RoomArn,java.lang.String,java.lang.String)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> tagResource(io.ivsjava.chat.ChatResourceArn,java.util.Map<java.lang.String,java.lang.String>)
meth public java.util.concurrent.CompletableFuture<java.lang.Void> untagResource(io.ivsjava.chat.ChatResourceArn,java.util.Collection<java.lang.String>)
meth public java.util.concurrent.CompletableFuture<java.util.Map<java.lang.String,java.lang.String>> listTagsForResource(io.ivsjava.chat.ChatResourceArn)
meth public java.util.concurrent.Flow$Publisher<io.ivsjava.chat.LoggingConfiguration> listLoggingConfigurations()
meth public java.util.concurrent.Flow$Publisher<io.ivsjava.chat.RoomSummary> listRooms()
meth public java.util.concurrent.Flow$Publisher<io.ivsjava.chat.RoomSummary> listRooms(io.ivsjava.chat.RoomFilter)
meth public software.amazon.awssdk.services.ivschat.IvschatAsyncClient sdkClient()
meth public static io.ivsjava.chat.IvsChatAsync connect(io.ivsjava.core.IvsConnection)
meth public static io.ivsjava.chat.IvsChatAsync connect(io.ivsjava.core.IvsConnection,java.time.Clock)
meth public static io.ivsjava.chat.IvsChatAsync create(software.amazon.awssdk.services.ivschat.IvschatAsyncClient)
meth public static io.ivsjava.chat.IvsChatAsync create(software.amazon.awssdk.services.ivschat.IvschatAsyncClient,java.time.Clock)
meth public void close()
supr java.lang.Object
hfds calls,client,ownsClient

CLSS public final io.ivsjava.chat.LoggingConfiguration
cons public init(io.ivsjava.chat.LoggingConfigurationArn,java.lang.String,java.util.Optional<io.ivsjava.chat.LoggingDestination>,io.ivsjava.chat.LoggingConfiguration$State,java.util.Map<java.lang.String,java.lang.String>,java.util.Optional<java.time.Instant>,java.util.Optional<java.time.Instant>,java.util.Map<java.lang.String,java.lang.String>)
innr public final static !enum State
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.chat.LoggingConfiguration$State state()
meth public io.ivsjava.chat.LoggingConfigurationArn arn()
meth public java.lang.String name()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
meth public java.util.Map<java.lang.String,java.lang.String> unknownValues()
meth public java.util.Optional<io.ivsjava.chat.LoggingDestination> destination()
meth public java.util.Optional<java.time.Instant> createTime()
meth public java.util.Optional<java.time.Instant> updateTime()
supr java.lang.Record
hfds arn,createTime,destination,name,state,tags,unknownValues,updateTime

CLSS public final static !enum io.ivsjava.chat.LoggingConfiguration$State
 outer io.ivsjava.chat.LoggingConfiguration
fld public final static io.ivsjava.chat.LoggingConfiguration$State ACTIVE
fld public final static io.ivsjava.chat.LoggingConfiguration$State CREATE_FAILED
fld public final static io.ivsjava.chat.LoggingConfiguration$State CREATING
fld public final static io.ivsjava.chat.LoggingConfiguration$State DELETE_FAILED
fld public final static io.ivsjava.chat.LoggingConfiguration$State DELETING
fld public final static io.ivsjava.chat.LoggingConfiguration$State UNKNOWN
fld public final static io.ivsjava.chat.LoggingConfiguration$State UPDATE_FAILED
fld public final static io.ivsjava.chat.LoggingConfiguration$State UPDATING
meth public static io.ivsjava.chat.LoggingConfiguration$State valueOf(java.lang.String)
meth public static io.ivsjava.chat.LoggingConfiguration$State[] values()
supr java.lang.Enum<io.ivsjava.chat.LoggingConfiguration$State>

CLSS public final io.ivsjava.chat.LoggingConfigurationArn
cons public init(io.ivsjava.chat.ChatArn)
intf io.ivsjava.chat.ChatResourceArn
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public io.ivsjava.chat.ChatArn arn()
meth public java.lang.String toString()
meth public static io.ivsjava.chat.LoggingConfigurationArn parse(java.lang.String)
supr java.lang.Record
hfds arn

CLSS public final io.ivsjava.chat.LoggingConfigurationUpdate
cons public init(java.util.Optional<java.lang.String>,java.util.Optional<io.ivsjava.chat.LoggingDestination>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.chat.LoggingConfigurationUpdate withDestination(io.ivsjava.chat.LoggingDestination)
meth public io.ivsjava.chat.LoggingConfigurationUpdate withName(java.lang.String)
meth public java.util.Optional<io.ivsjava.chat.LoggingDestination> destination()
meth public java.util.Optional<java.lang.String> name()
meth public static io.ivsjava.chat.LoggingConfigurationUpdate destination(io.ivsjava.chat.LoggingDestination)
meth public static io.ivsjava.chat.LoggingConfigurationUpdate rename(java.lang.String)
supr java.lang.Record
hfds destination,name

CLSS public abstract interface io.ivsjava.chat.LoggingDestination
innr public final static CloudWatchLogs
innr public final static Firehose
innr public final static S3
meth public static io.ivsjava.chat.LoggingDestination cloudWatchLogs(java.lang.String)
meth public static io.ivsjava.chat.LoggingDestination firehose(java.lang.String)
meth public static io.ivsjava.chat.LoggingDestination s3(java.lang.String)

CLSS public final static io.ivsjava.chat.LoggingDestination$CloudWatchLogs
 outer io.ivsjava.chat.LoggingDestination
cons public init(java.lang.String)
intf io.ivsjava.chat.LoggingDestination
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String logGroupName()
supr java.lang.Record
hfds logGroupName

CLSS public final static io.ivsjava.chat.LoggingDestination$Firehose
 outer io.ivsjava.chat.LoggingDestination
cons public init(java.lang.String)
intf io.ivsjava.chat.LoggingDestination
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String deliveryStreamName()
supr java.lang.Record
hfds deliveryStreamName

CLSS public final static io.ivsjava.chat.LoggingDestination$S3
 outer io.ivsjava.chat.LoggingDestination
cons public init(java.lang.String)
intf io.ivsjava.chat.LoggingDestination
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String bucketName()
supr java.lang.Record
hfds bucketName

CLSS public final io.ivsjava.chat.MessageReviewHandler
cons public init(java.lang.String,io.ivsjava.chat.ReviewResult)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.chat.MessageReviewHandler withFallbackResult(io.ivsjava.chat.ReviewResult)
meth public io.ivsjava.chat.ReviewResult fallbackResult()
meth public java.lang.String uri()
meth public static io.ivsjava.chat.MessageReviewHandler lambda(java.lang.String)
supr java.lang.Record
hfds fallbackResult,uri

CLSS public final io.ivsjava.chat.MessageReviewRequest
cons public init(java.lang.String,java.lang.String,io.ivsjava.chat.RoomArn,java.util.Map<java.lang.String,java.lang.String>,io.ivsjava.chat.MessageReviewRequest$Sender)
innr public final static Sender
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public io.ivsjava.chat.MessageReviewRequest$Sender sender()
meth public io.ivsjava.chat.RoomArn room()
meth public java.lang.String content()
meth public java.lang.String messageId()
meth public java.lang.String toJson()
meth public java.lang.String toString()
meth public java.util.Map<java.lang.String,java.lang.String> attributes()
meth public static io.ivsjava.chat.MessageReviewRequest parse(byte[])
meth public static io.ivsjava.chat.MessageReviewRequest parse(java.lang.String)
supr java.lang.Record
hfds attributes,content,messageId,room,sender

CLSS public final static io.ivsjava.chat.MessageReviewRequest$Sender
 outer io.ivsjava.chat.MessageReviewRequest
cons public init(java.lang.String,java.util.Optional<java.lang.String>,java.util.Map<java.lang.String,java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String userId()
meth public java.util.Map<java.lang.String,java.lang.String> attributes()
meth public java.util.Optional<java.lang.String> ip()
supr java.lang.Record
hfds attributes,ip,userId

CLSS public final io.ivsjava.chat.MessageReviewResponse
cons public init(io.ivsjava.chat.ReviewResult,java.util.Optional<java.lang.String>,java.util.Optional<java.util.Map<java.lang.String,java.lang.String>>)
fld public final static java.lang.String REASON = "Reason"
meth public boolean allowed()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public io.ivsjava.chat.MessageReviewResponse completedFor(io.ivsjava.chat.MessageReviewRequest)
meth public io.ivsjava.chat.ReviewResult result()
meth public java.lang.String toJson()
meth public java.lang.String toString()
meth public java.util.Optional<java.lang.String> content()
meth public java.util.Optional<java.lang.String> reason()
meth public java.util.Optional<java.util.Map<java.lang.String,java.lang.String>> attributes()
meth public static io.ivsjava.chat.MessageReviewResponse allow()
meth public static io.ivsjava.chat.MessageReviewResponse allow(java.lang.String)
meth public static io.ivsjava.chat.MessageReviewResponse allow(java.lang.String,java.util.Map<java.lang.String,java.lang.String>)
meth public static io.ivsjava.chat.MessageReviewResponse deny()
meth public static io.ivsjava.chat.MessageReviewResponse deny(java.lang.String)
meth public static io.ivsjava.chat.MessageReviewResponse parse(java.lang.String)
supr java.lang.Record
hfds attributes,content,result

CLSS public abstract interface io.ivsjava.chat.MessageReviewer
 anno 0 java.lang.FunctionalInterface()
meth public abstract io.ivsjava.chat.MessageReviewResponse review(io.ivsjava.chat.MessageReviewRequest)
meth public java.lang.String handle(java.lang.String)
meth public void handle(java.io.InputStream,java.io.OutputStream) throws java.io.IOException

CLSS public final !enum io.ivsjava.chat.ReviewResult
fld public final static io.ivsjava.chat.ReviewResult ALLOW
fld public final static io.ivsjava.chat.ReviewResult DENY
fld public final static io.ivsjava.chat.ReviewResult UNKNOWN
meth public static io.ivsjava.chat.ReviewResult valueOf(java.lang.String)
meth public static io.ivsjava.chat.ReviewResult[] values()
supr java.lang.Enum<io.ivsjava.chat.ReviewResult>

CLSS public final io.ivsjava.chat.Room
cons public init(io.ivsjava.chat.RoomArn,java.lang.String,int,int,java.util.Optional<io.ivsjava.chat.MessageReviewHandler>,java.util.List<io.ivsjava.chat.LoggingConfigurationArn>,java.util.Map<java.lang.String,java.lang.String>,java.util.Optional<java.time.Instant>,java.util.Optional<java.time.Instant>,java.util.Map<java.lang.String,java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public int maximumMessageLength()
meth public int maximumMessageRatePerSecond()
meth public io.ivsjava.chat.RoomArn arn()
meth public java.lang.String name()
meth public java.util.List<io.ivsjava.chat.LoggingConfigurationArn> loggingConfigurations()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
meth public java.util.Map<java.lang.String,java.lang.String> unknownValues()
meth public java.util.Optional<io.ivsjava.chat.MessageReviewHandler> messageReviewHandler()
meth public java.util.Optional<java.time.Instant> createTime()
meth public java.util.Optional<java.time.Instant> updateTime()
supr java.lang.Record
hfds arn,createTime,loggingConfigurations,maximumMessageLength,maximumMessageRatePerSecond,messageReviewHandler,name,tags,unknownValues,updateTime

CLSS public final io.ivsjava.chat.RoomArn
cons public init(io.ivsjava.chat.ChatArn)
intf io.ivsjava.chat.ChatResourceArn
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public io.ivsjava.chat.ChatArn arn()
meth public java.lang.String toString()
meth public static io.ivsjava.chat.RoomArn parse(java.lang.String)
supr java.lang.Record
hfds arn

CLSS public final io.ivsjava.chat.RoomFilter
cons public init(java.util.Optional<java.lang.String>,java.util.Optional<io.ivsjava.chat.LoggingConfigurationArn>,java.util.Optional<java.lang.String>)
fld public final static io.ivsjava.chat.RoomFilter ALL
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.chat.RoomFilter withLoggingConfiguration(io.ivsjava.chat.LoggingConfigurationArn)
meth public io.ivsjava.chat.RoomFilter withMessageReviewHandler(java.lang.String)
meth public io.ivsjava.chat.RoomFilter withName(java.lang.String)
meth public java.util.Optional<io.ivsjava.chat.LoggingConfigurationArn> loggingConfiguration()
meth public java.util.Optional<java.lang.String> messageReviewHandlerUri()
meth public java.util.Optional<java.lang.String> name()
meth public static io.ivsjava.chat.RoomFilter byLoggingConfiguration(io.ivsjava.chat.LoggingConfigurationArn)
meth public static io.ivsjava.chat.RoomFilter byMessageReviewHandler(java.lang.String)
meth public static io.ivsjava.chat.RoomFilter byName(java.lang.String)
supr java.lang.Record
hfds loggingConfiguration,messageReviewHandlerUri,name

CLSS public final io.ivsjava.chat.RoomSpec
cons public init(java.lang.String,int,int,java.util.Optional<io.ivsjava.chat.MessageReviewHandler>,java.util.List<io.ivsjava.chat.LoggingConfigurationArn>,java.util.Map<java.lang.String,java.lang.String>)
fld public final static int DEFAULT_MAXIMUM_MESSAGE_LENGTH = 500
fld public final static int DEFAULT_MAXIMUM_MESSAGE_RATE_PER_SECOND = 10
fld public final static int MAX_LOGGING_CONFIGURATIONS = 3
fld public final static int MAX_MESSAGE_LENGTH = 500
fld public final static int MAX_MESSAGE_RATE_PER_SECOND = 100
fld public final static int MIN_MESSAGE_LENGTH = 1
fld public final static int MIN_MESSAGE_RATE_PER_SECOND = 1
innr public final static Builder
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public int maximumMessageLength()
meth public int maximumMessageRatePerSecond()
meth public java.lang.String name()
meth public java.util.List<io.ivsjava.chat.LoggingConfigurationArn> loggingConfigurations()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
meth public java.util.Optional<io.ivsjava.chat.MessageReviewHandler> messageReviewHandler()
meth public static io.ivsjava.chat.RoomSpec$Builder builder()
supr java.lang.Record
hfds loggingConfigurations,maximumMessageLength,maximumMessageRatePerSecond,messageReviewHandler,name,tags

CLSS public final static io.ivsjava.chat.RoomSpec$Builder
 outer io.ivsjava.chat.RoomSpec
meth public io.ivsjava.chat.RoomSpec build()
meth public io.ivsjava.chat.RoomSpec$Builder loggingConfiguration(io.ivsjava.chat.LoggingConfigurationArn)
meth public io.ivsjava.chat.RoomSpec$Builder maximumMessageLength(int)
meth public io.ivsjava.chat.RoomSpec$Builder maximumMessageRatePerSecond(int)
meth public io.ivsjava.chat.RoomSpec$Builder messageReviewHandler(io.ivsjava.chat.MessageReviewHandler)
meth public io.ivsjava.chat.RoomSpec$Builder name(java.lang.String)
meth public io.ivsjava.chat.RoomSpec$Builder tag(java.lang.String,java.lang.String)
meth public io.ivsjava.chat.RoomSpec$Builder tags(java.util.Map<java.lang.String,java.lang.String>)
supr java.lang.Object
hfds loggingConfigurations,maximumMessageLength,maximumMessageRatePerSecond,messageReviewHandler,name,tags

CLSS public final io.ivsjava.chat.RoomSummary
cons public init(io.ivsjava.chat.RoomArn,java.lang.String,java.util.Optional<io.ivsjava.chat.MessageReviewHandler>,java.util.List<io.ivsjava.chat.LoggingConfigurationArn>,java.util.Map<java.lang.String,java.lang.String>,java.util.Optional<java.time.Instant>,java.util.Optional<java.time.Instant>,java.util.Map<java.lang.String,java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public io.ivsjava.chat.RoomArn arn()
meth public java.lang.String name()
meth public java.util.List<io.ivsjava.chat.LoggingConfigurationArn> loggingConfigurations()
meth public java.util.Map<java.lang.String,java.lang.String> tags()
meth public java.util.Map<java.lang.String,java.lang.String> unknownValues()
meth public java.util.Optional<io.ivsjava.chat.MessageReviewHandler> messageReviewHandler()
meth public java.util.Optional<java.time.Instant> createTime()
meth public java.util.Optional<java.time.Instant> updateTime()
supr java.lang.Record
hfds arn,createTime,loggingConfigurations,messageReviewHandler,name,tags,unknownValues,updateTime

CLSS public final io.ivsjava.chat.RoomUpdate
cons public init(java.util.Optional<java.lang.String>,java.util.OptionalInt,java.util.OptionalInt,java.util.Optional<io.ivsjava.chat.MessageReviewHandler>,boolean,java.util.Optional<java.util.List<io.ivsjava.chat.LoggingConfigurationArn>>)
innr public final static Builder
meth public boolean removeMessageReviewHandler()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.util.Optional<io.ivsjava.chat.MessageReviewHandler> messageReviewHandler()
meth public java.util.Optional<java.lang.String> name()
meth public java.util.Optional<java.util.List<io.ivsjava.chat.LoggingConfigurationArn>> loggingConfigurations()
meth public java.util.OptionalInt maximumMessageLength()
meth public java.util.OptionalInt maximumMessageRatePerSecond()
meth public static io.ivsjava.chat.RoomUpdate rename(java.lang.String)
meth public static io.ivsjava.chat.RoomUpdate$Builder builder()
supr java.lang.Record
hfds loggingConfigurations,maximumMessageLength,maximumMessageRatePerSecond,messageReviewHandler,name,removeMessageReviewHandler

CLSS public final static io.ivsjava.chat.RoomUpdate$Builder
 outer io.ivsjava.chat.RoomUpdate
meth public io.ivsjava.chat.RoomUpdate build()
meth public io.ivsjava.chat.RoomUpdate$Builder loggingConfigurations(java.util.List<io.ivsjava.chat.LoggingConfigurationArn>)
meth public io.ivsjava.chat.RoomUpdate$Builder maximumMessageLength(int)
meth public io.ivsjava.chat.RoomUpdate$Builder maximumMessageRatePerSecond(int)
meth public io.ivsjava.chat.RoomUpdate$Builder messageReviewHandler(io.ivsjava.chat.MessageReviewHandler)
meth public io.ivsjava.chat.RoomUpdate$Builder name(java.lang.String)
meth public io.ivsjava.chat.RoomUpdate$Builder removeMessageReviewHandler()
supr java.lang.Object
hfds loggingConfigurations,maximumMessageLength,maximumMessageRatePerSecond,messageReviewHandler,name,removeMessageReviewHandler

CLSS abstract interface io.ivsjava.chat.package-info
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

