#Signature file v4.1
#Version ivs-core

CLSS public final io.ivsjava.core.ChannelArn
cons public init(io.ivsjava.core.IvsArn)
intf io.ivsjava.core.ResourceArn
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public io.ivsjava.core.IvsArn arn()
meth public java.lang.String toString()
meth public static io.ivsjava.core.ChannelArn parse(java.lang.String)
supr java.lang.Record
hfds arn

CLSS public final io.ivsjava.core.CompositionArn
cons public init(io.ivsjava.core.IvsArn)
intf io.ivsjava.core.ResourceArn
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public io.ivsjava.core.IvsArn arn()
meth public java.lang.String toString()
meth public static io.ivsjava.core.CompositionArn parse(java.lang.String)
supr java.lang.Record
hfds arn

CLSS public final !enum io.ivsjava.core.Delivery
fld public final static io.ivsjava.core.Delivery HLS
fld public final static io.ivsjava.core.Delivery WEBRTC
meth public int maxVideoHeight()
meth public java.time.Duration typicalLatency()
meth public static io.ivsjava.core.Delivery valueOf(java.lang.String)
meth public static io.ivsjava.core.Delivery[] values()
supr java.lang.Enum<io.ivsjava.core.Delivery>
hfds maxVideoHeight,typicalLatency

CLSS public final io.ivsjava.core.EncoderConfigurationArn
cons public init(io.ivsjava.core.IvsArn)
intf io.ivsjava.core.ResourceArn
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public io.ivsjava.core.IvsArn arn()
meth public java.lang.String toString()
meth public static io.ivsjava.core.EncoderConfigurationArn parse(java.lang.String)
supr java.lang.Record
hfds arn

CLSS public final !enum io.ivsjava.core.Ingest
fld public final static io.ivsjava.core.Ingest RTMPS
fld public final static io.ivsjava.core.Ingest WEBRTC
meth public static io.ivsjava.core.Ingest valueOf(java.lang.String)
meth public static io.ivsjava.core.Ingest[] values()
supr java.lang.Enum<io.ivsjava.core.Ingest>

CLSS public final io.ivsjava.core.IngestConfigurationArn
cons public init(io.ivsjava.core.IvsArn)
intf io.ivsjava.core.ResourceArn
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public io.ivsjava.core.IvsArn arn()
meth public java.lang.String toString()
meth public static io.ivsjava.core.IngestConfigurationArn parse(java.lang.String)
supr java.lang.Record
hfds arn

CLSS public io.ivsjava.core.IvsAccessDeniedException
cons public init(java.lang.String,io.ivsjava.core.IvsException$ErrorDetails,java.lang.Throwable)
supr io.ivsjava.core.IvsException
hfds serialVersionUID

CLSS public final io.ivsjava.core.IvsArn
cons public init(java.lang.String,java.lang.String,io.ivsjava.core.ResourceType,java.lang.String)
fld public final static int MAX_LENGTH = 128
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public io.ivsjava.core.ResourceType resourceType()
meth public java.lang.String accountId()
meth public java.lang.String region()
meth public java.lang.String resourceId()
meth public java.lang.String toString()
meth public static io.ivsjava.core.IvsArn parse(java.lang.String,java.lang.String)
meth public static io.ivsjava.core.IvsArn parse(java.lang.String,java.lang.String,io.ivsjava.core.ResourceType)
supr java.lang.Record
hfds ACCOUNT,ID,REGION,SHAPE,accountId,region,resourceId,resourceType

CLSS public io.ivsjava.core.IvsChannelNotBroadcastingException
cons public init(java.lang.String,io.ivsjava.core.IvsException$ErrorDetails,java.lang.Throwable)
supr io.ivsjava.core.IvsException
hfds serialVersionUID

CLSS public io.ivsjava.core.IvsConflictException
cons public init(java.lang.String,io.ivsjava.core.IvsException$ErrorDetails,java.lang.Throwable)
supr io.ivsjava.core.IvsException
hfds serialVersionUID

CLSS public final io.ivsjava.core.IvsConnection
cons public init(java.util.Optional<java.net.URI>,java.util.Optional<java.lang.String>,java.util.Optional<java.lang.String>,java.util.Optional<java.lang.String>)
innr public final static Builder
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public java.lang.String toString()
meth public java.util.Optional<java.lang.String> accessKeyId()
meth public java.util.Optional<java.lang.String> region()
meth public java.util.Optional<java.lang.String> secretAccessKey()
meth public java.util.Optional<java.net.URI> endpoint()
meth public static io.ivsjava.core.IvsConnection defaults()
meth public static io.ivsjava.core.IvsConnection$Builder builder()
supr java.lang.Record
hfds DEFAULTS,REGION,accessKeyId,endpoint,region,secretAccessKey

CLSS public final static io.ivsjava.core.IvsConnection$Builder
 outer io.ivsjava.core.IvsConnection
meth public io.ivsjava.core.IvsConnection build()
meth public io.ivsjava.core.IvsConnection$Builder credentials(java.lang.String,java.lang.String)
meth public io.ivsjava.core.IvsConnection$Builder endpoint(java.net.URI)
meth public io.ivsjava.core.IvsConnection$Builder region(java.lang.String)
supr java.lang.Object
hfds accessKeyId,endpoint,region,secretAccessKey

CLSS public io.ivsjava.core.IvsException
cons public init(java.lang.String,io.ivsjava.core.IvsException$ErrorDetails,boolean,java.lang.Throwable)
innr public final static ErrorDetails
meth public boolean isRetryable()
meth public java.util.Optional<java.lang.String> errorCode()
meth public java.util.Optional<java.lang.String> requestId()
meth public java.util.OptionalInt httpStatus()
supr java.lang.RuntimeException
hfds errorCode,httpStatus,requestId,retryable,serialVersionUID

CLSS public final static io.ivsjava.core.IvsException$ErrorDetails
 outer io.ivsjava.core.IvsException
cons public init(java.util.Optional<java.lang.String>,java.util.OptionalInt,java.util.Optional<java.lang.String>)
fld public final static io.ivsjava.core.IvsException$ErrorDetails NONE
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.util.Optional<java.lang.String> errorCode()
meth public java.util.Optional<java.lang.String> requestId()
meth public java.util.OptionalInt httpStatus()
meth public static io.ivsjava.core.IvsException$ErrorDetails of(java.lang.String,int,java.lang.String)
supr java.lang.Record
hfds errorCode,httpStatus,requestId

CLSS public io.ivsjava.core.IvsNotFoundException
cons public init(java.lang.String,io.ivsjava.core.IvsException$ErrorDetails,java.lang.Throwable)
supr io.ivsjava.core.IvsException
hfds serialVersionUID

CLSS public io.ivsjava.core.IvsQuotaExceededException
cons public init(java.lang.String,io.ivsjava.core.IvsException$ErrorDetails,java.lang.Throwable)
supr io.ivsjava.core.IvsException
hfds serialVersionUID

CLSS public io.ivsjava.core.IvsServiceException
cons public init(java.lang.String,io.ivsjava.core.IvsException$ErrorDetails,java.lang.Throwable)
supr io.ivsjava.core.IvsException
hfds serialVersionUID

CLSS public io.ivsjava.core.IvsThrottlingException
cons public init(java.lang.String,io.ivsjava.core.IvsException$ErrorDetails,java.lang.Throwable)
supr io.ivsjava.core.IvsException
hfds serialVersionUID

CLSS public io.ivsjava.core.IvsValidationException
cons public init(java.lang.String,java.lang.String,io.ivsjava.core.IvsException$ErrorDetails,java.lang.Throwable)
meth public java.util.Optional<java.lang.String> field()
meth public static io.ivsjava.core.IvsValidationException invalid(java.lang.String,java.lang.String)
supr io.ivsjava.core.IvsException
hfds field,serialVersionUID

CLSS public final io.ivsjava.core.P384KeyPair
cons public init(java.security.interfaces.ECPublicKey,java.security.interfaces.ECPrivateKey)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public java.lang.String publicKeyPem()
meth public java.lang.String toString()
meth public java.security.KeyPair toKeyPair()
meth public java.security.interfaces.ECPrivateKey privateKey()
meth public java.security.interfaces.ECPublicKey publicKey()
meth public static io.ivsjava.core.P384KeyPair of(java.security.KeyPair)
meth public void writePem(java.nio.file.Path,java.nio.file.Path)
supr java.lang.Record
hfds privateKey,publicKey

CLSS public final io.ivsjava.core.P384Keys
meth public static io.ivsjava.core.P384KeyPair generate()
meth public static java.lang.String toPem(java.security.interfaces.ECPrivateKey)
meth public static java.lang.String toPem(java.security.interfaces.ECPublicKey)
meth public static java.security.interfaces.ECPrivateKey readPrivateKey(java.lang.String)
meth public static java.security.interfaces.ECPrivateKey readPrivateKey(java.nio.file.Path)
meth public static java.security.interfaces.ECPublicKey readPublicKey(java.lang.String)
meth public static java.security.interfaces.ECPublicKey readPublicKey(java.nio.file.Path)
meth public static void requireP384(java.lang.String,java.security.interfaces.ECKey)
meth public static void writePem(java.security.KeyPair,java.nio.file.Path,java.nio.file.Path)
supr java.lang.Object
hfds EC_ALGORITHM_OID,KNOWN_ALGORITHMS,KNOWN_CURVES,P384,P384_OID,REQUIREMENT

CLSS public final io.ivsjava.core.PlaybackKeyPairArn
cons public init(io.ivsjava.core.IvsArn)
intf io.ivsjava.core.ResourceArn
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public io.ivsjava.core.IvsArn arn()
meth public java.lang.String toString()
meth public static io.ivsjava.core.PlaybackKeyPairArn parse(java.lang.String)
supr java.lang.Record
hfds arn

CLSS public final io.ivsjava.core.PlaybackRestrictionPolicyArn
cons public init(io.ivsjava.core.IvsArn)
intf io.ivsjava.core.ResourceArn
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public io.ivsjava.core.IvsArn arn()
meth public java.lang.String toString()
meth public static io.ivsjava.core.PlaybackRestrictionPolicyArn parse(java.lang.String)
supr java.lang.Record
hfds arn

CLSS public final io.ivsjava.core.PublicKeyArn
cons public init(io.ivsjava.core.IvsArn)
intf io.ivsjava.core.ResourceArn
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public io.ivsjava.core.IvsArn arn()
meth public java.lang.String toString()
meth public static io.ivsjava.core.PublicKeyArn parse(java.lang.String)
supr java.lang.Record
hfds arn

CLSS public final io.ivsjava.core.RecordingConfigurationArn
cons public init(io.ivsjava.core.IvsArn)
intf io.ivsjava.core.ResourceArn
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public io.ivsjava.core.IvsArn arn()
meth public java.lang.String toString()
meth public static io.ivsjava.core.RecordingConfigurationArn parse(java.lang.String)
supr java.lang.Record
hfds arn

CLSS public abstract interface io.ivsjava.core.ResourceArn
meth public abstract io.ivsjava.core.IvsArn arn()
meth public java.lang.String id()
meth public java.lang.String value()

CLSS public final !enum io.ivsjava.core.ResourceType
fld public final static io.ivsjava.core.ResourceType AD_CONFIGURATION
fld public final static io.ivsjava.core.ResourceType CHANNEL
fld public final static io.ivsjava.core.ResourceType COMPOSITION
fld public final static io.ivsjava.core.ResourceType ENCODER_CONFIGURATION
fld public final static io.ivsjava.core.ResourceType INGEST_CONFIGURATION
fld public final static io.ivsjava.core.ResourceType PLAYBACK_KEY
fld public final static io.ivsjava.core.ResourceType PLAYBACK_RESTRICTION_POLICY
fld public final static io.ivsjava.core.ResourceType PUBLIC_KEY
fld public final static io.ivsjava.core.ResourceType RECORDING_CONFIGURATION
fld public final static io.ivsjava.core.ResourceType STAGE
fld public final static io.ivsjava.core.ResourceType STORAGE_CONFIGURATION
fld public final static io.ivsjava.core.ResourceType STREAM_KEY
meth public java.lang.String arnName()
meth public static io.ivsjava.core.ResourceType valueOf(java.lang.String)
meth public static io.ivsjava.core.ResourceType[] values()
meth public static java.util.Optional<io.ivsjava.core.ResourceType> fromArnName(java.lang.String)
supr java.lang.Enum<io.ivsjava.core.ResourceType>
hfds arnName

CLSS public final io.ivsjava.core.StageArn
cons public init(io.ivsjava.core.IvsArn)
intf io.ivsjava.core.ResourceArn
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public io.ivsjava.core.IvsArn arn()
meth public java.lang.String toString()
meth public static io.ivsjava.core.StageArn parse(java.lang.String)
supr java.lang.Record
hfds arn

CLSS public final io.ivsjava.core.StorageConfigurationArn
cons public init(io.ivsjava.core.IvsArn)
intf io.ivsjava.core.ResourceArn
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public io.ivsjava.core.IvsArn arn()
meth public java.lang.String toString()
meth public static io.ivsjava.core.StorageConfigurationArn parse(java.lang.String)
supr java.lang.Record
hfds arn

CLSS public final io.ivsjava.core.StreamKeyArn
cons public init(io.ivsjava.core.IvsArn)
intf io.ivsjava.core.ResourceArn
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public io.ivsjava.core.IvsArn arn()
meth public java.lang.String toString()
meth public static io.ivsjava.core.StreamKeyArn parse(java.lang.String)
supr java.lang.Record
hfds arn

CLSS public final !enum io.ivsjava.core.StreamingMode
fld public final static io.ivsjava.core.StreamingMode HYBRID
fld public final static io.ivsjava.core.StreamingMode LOW_LATENCY
fld public final static io.ivsjava.core.StreamingMode REAL_TIME
meth public boolean usesChannel()
meth public boolean usesComposition()
meth public boolean usesStage()
meth public io.ivsjava.core.Delivery hostDelivery()
meth public io.ivsjava.core.Delivery viewerDelivery()
meth public io.ivsjava.core.Ingest hostIngest()
meth public static io.ivsjava.core.StreamingMode valueOf(java.lang.String)
meth public static io.ivsjava.core.StreamingMode[] values()
supr java.lang.Enum<io.ivsjava.core.StreamingMode>
hfds hostDelivery,hostIngest,viewerDelivery

CLSS public final io.ivsjava.core.TokenSigner
meth public java.lang.String provider()
meth public java.lang.String sign(java.util.Map<java.lang.String,?>)
meth public java.lang.String toString()
meth public java.util.Optional<java.lang.String> keyId()
meth public static io.ivsjava.core.TokenSigner es384(java.security.interfaces.ECPrivateKey)
meth public static io.ivsjava.core.TokenSigner es384(java.security.interfaces.ECPrivateKey,java.lang.String)
supr java.lang.Object
hfds jws,keyId

CLSS abstract interface io.ivsjava.core.package-info
 anno 0 org.jspecify.annotations.NullMarked()

CLSS public abstract interface java.io.Serializable

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

CLSS public abstract interface java.lang.constant.Constable
meth public abstract java.util.Optional<? extends java.lang.constant.ConstantDesc> describeConstable()

CLSS public abstract interface !annotation org.jspecify.annotations.NullMarked
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[MODULE, PACKAGE, TYPE, METHOD, CONSTRUCTOR])
intf java.lang.annotation.Annotation

