#Signature file v4.1
#Version ivs-emulator-junit5

CLSS public final io.ivsjava.emulator.junit5.IvsEmulatorExtension
innr public final static Builder
intf org.junit.jupiter.api.extension.BeforeAllCallback
intf org.junit.jupiter.api.extension.BeforeEachCallback
intf org.junit.jupiter.api.extension.ParameterResolver
meth public boolean supportsParameter(org.junit.jupiter.api.extension.ParameterContext,org.junit.jupiter.api.extension.ExtensionContext)
meth public io.ivsjava.emulator.IvsEmulator emulator()
meth public java.lang.Object resolveParameter(org.junit.jupiter.api.extension.ParameterContext,org.junit.jupiter.api.extension.ExtensionContext)
meth public static io.ivsjava.emulator.junit5.IvsEmulatorExtension$Builder builder()
meth public void beforeAll(org.junit.jupiter.api.extension.ExtensionContext)
meth public void beforeEach(org.junit.jupiter.api.extension.ExtensionContext)
supr java.lang.Object
hfds CHAT_CLIENT,CLIENTS,IVS_CLIENT,NAMESPACE,REALTIME_CLIENT,current,options,perClass,resetBeforeEachTest

CLSS public final static io.ivsjava.emulator.junit5.IvsEmulatorExtension$Builder
 outer io.ivsjava.emulator.junit5.IvsEmulatorExtension
meth public io.ivsjava.emulator.junit5.IvsEmulatorExtension build()
meth public io.ivsjava.emulator.junit5.IvsEmulatorExtension$Builder accountId(java.lang.String)
meth public io.ivsjava.emulator.junit5.IvsEmulatorExtension$Builder options(io.ivsjava.emulator.EmulatorOptions)
meth public io.ivsjava.emulator.junit5.IvsEmulatorExtension$Builder quota(io.ivsjava.emulator.Quota,int)
meth public io.ivsjava.emulator.junit5.IvsEmulatorExtension$Builder region(java.lang.String)
meth public io.ivsjava.emulator.junit5.IvsEmulatorExtension$Builder resetBeforeEachTest(boolean)
meth public io.ivsjava.emulator.junit5.IvsEmulatorExtension$Builder strictSigV4(java.lang.String,java.lang.String)
supr java.lang.Object
hfds options,resetBeforeEachTest

CLSS abstract interface io.ivsjava.emulator.junit5.package-info
 anno 0 org.jspecify.annotations.NullMarked()

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

CLSS public abstract interface !annotation org.apiguardian.api.API
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE, METHOD, CONSTRUCTOR, FIELD, PACKAGE])
innr public final static !enum Status
intf java.lang.annotation.Annotation
meth public abstract !hasdefault java.lang.String since()
meth public abstract !hasdefault java.lang.String[] consumers()
meth public abstract org.apiguardian.api.API$Status status()

CLSS public abstract interface !annotation org.jspecify.annotations.NullMarked
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[MODULE, PACKAGE, TYPE, METHOD, CONSTRUCTOR])
intf java.lang.annotation.Annotation

CLSS public abstract interface org.junit.jupiter.api.extension.BeforeAllCallback
 anno 0 java.lang.FunctionalInterface()
 anno 0 org.apiguardian.api.API(java.lang.String since="5.0", java.lang.String[] consumers=["*"], org.apiguardian.api.API$Status status=STABLE)
intf org.junit.jupiter.api.extension.Extension
meth public abstract void beforeAll(org.junit.jupiter.api.extension.ExtensionContext) throws java.lang.Exception

CLSS public abstract interface org.junit.jupiter.api.extension.BeforeEachCallback
 anno 0 java.lang.FunctionalInterface()
 anno 0 org.apiguardian.api.API(java.lang.String since="5.0", java.lang.String[] consumers=["*"], org.apiguardian.api.API$Status status=STABLE)
intf org.junit.jupiter.api.extension.Extension
meth public abstract void beforeEach(org.junit.jupiter.api.extension.ExtensionContext) throws java.lang.Exception

CLSS public abstract interface org.junit.jupiter.api.extension.Extension
 anno 0 org.apiguardian.api.API(java.lang.String since="5.0", java.lang.String[] consumers=["*"], org.apiguardian.api.API$Status status=STABLE)

CLSS public abstract interface org.junit.jupiter.api.extension.ParameterResolver
 anno 0 org.apiguardian.api.API(java.lang.String since="5.0", java.lang.String[] consumers=["*"], org.apiguardian.api.API$Status status=STABLE)
intf org.junit.jupiter.api.extension.TestInstantiationAwareExtension
meth public abstract boolean supportsParameter(org.junit.jupiter.api.extension.ParameterContext,org.junit.jupiter.api.extension.ExtensionContext)
meth public abstract java.lang.Object resolveParameter(org.junit.jupiter.api.extension.ParameterContext,org.junit.jupiter.api.extension.ExtensionContext)

CLSS public abstract interface org.junit.jupiter.api.extension.TestInstantiationAwareExtension
 anno 0 org.apiguardian.api.API(java.lang.String since="5.13.3", java.lang.String[] consumers=["*"], org.apiguardian.api.API$Status status=MAINTAINED)
innr public final static !enum ExtensionContextScope
intf org.junit.jupiter.api.extension.Extension
meth public org.junit.jupiter.api.extension.TestInstantiationAwareExtension$ExtensionContextScope getTestInstantiationExtensionContextScope(org.junit.jupiter.api.extension.ExtensionContext)
 anno 0 org.apiguardian.api.API(java.lang.String since="5.13.3", java.lang.String[] consumers=["*"], org.apiguardian.api.API$Status status=MAINTAINED)

