#Signature file v4.1
#Version ivs-events-sqs

CLSS public final io.ivsjava.events.sqs.SqsEventConsumer
innr public final static Builder
intf java.lang.AutoCloseable
meth public boolean isRunning()
meth public java.lang.String toString()
meth public long handledCount()
meth public long leftForRedeliveryCount()
meth public static io.ivsjava.events.sqs.SqsEventConsumer$Builder builder()
meth public void close()
supr java.lang.Object
hfds FIRST_PAUSE,LOG,LONGEST_PAUSE,batchSize,dispatcher,handled,inFlight,leftForRedelivery,queueUrl,receiving,sqs,stopping,thread,visibilityTimeout,waitSeconds

CLSS public final static io.ivsjava.events.sqs.SqsEventConsumer$Builder
 outer io.ivsjava.events.sqs.SqsEventConsumer
meth public io.ivsjava.events.sqs.SqsEventConsumer start()
meth public io.ivsjava.events.sqs.SqsEventConsumer$Builder batchSize(int)
meth public io.ivsjava.events.sqs.SqsEventConsumer$Builder dispatcher(io.ivsjava.events.IvsEventDispatcher)
meth public io.ivsjava.events.sqs.SqsEventConsumer$Builder queueUrl(java.lang.String)
meth public io.ivsjava.events.sqs.SqsEventConsumer$Builder sqs(software.amazon.awssdk.services.sqs.SqsAsyncClient)
meth public io.ivsjava.events.sqs.SqsEventConsumer$Builder visibilityTimeout(java.time.Duration)
meth public io.ivsjava.events.sqs.SqsEventConsumer$Builder waitTime(java.time.Duration)
supr java.lang.Object
hfds batchSize,dispatcher,queueUrl,sqs,visibilityTimeout,waitTime

CLSS abstract interface io.ivsjava.events.sqs.package-info
 anno 0 org.jspecify.annotations.NullMarked()

CLSS public abstract interface java.lang.AutoCloseable
meth public abstract void close() throws java.lang.Exception

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

