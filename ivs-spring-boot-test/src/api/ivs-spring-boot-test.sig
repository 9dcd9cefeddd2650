#Signature file v4.1
#Version ivs-spring-boot-test

CLSS public abstract interface !annotation io.ivsjava.spring.test.AutoConfigureIvsEmulator
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Inherited()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
 anno 0 org.springframework.boot.autoconfigure.ImportAutoConfiguration(java.lang.Class<?>[] classes=[], java.lang.Class<?>[] exclude=[], java.lang.Class<?>[] value=[])
 anno 0 org.springframework.boot.test.autoconfigure.properties.PropertyMapping(java.lang.String value="spring.cloud.aws.ivs.emulator", org.springframework.boot.test.autoconfigure.properties.SkipPropertyMapping skip=NO)
intf java.lang.annotation.Annotation
meth public abstract !hasdefault boolean deliverEvents()
meth public abstract !hasdefault java.lang.String accountId()
meth public abstract !hasdefault java.lang.String region()

CLSS public io.ivsjava.spring.test.IvsEmulatorAutoConfiguration
 anno 0 org.springframework.boot.autoconfigure.AutoConfiguration(java.lang.Class<?>[] after=[class io.ivsjava.spring.autoconfigure.IvsEventsAutoConfiguration], java.lang.Class<?>[] before=[class io.ivsjava.spring.autoconfigure.IvsAutoConfiguration], java.lang.String value="", java.lang.String[] afterName=[], java.lang.String[] beforeName=[])
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnClass(java.lang.Class<?>[] value=[class io.ivsjava.emulator.IvsEmulator], java.lang.String[] name=[])
cons public init()
meth public io.ivsjava.emulator.IvsEmulator ivsEmulator(org.springframework.core.env.Environment)
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean(java.lang.Class<? extends java.lang.annotation.Annotation>[] annotation=[], java.lang.Class<?>[] ignored=[], java.lang.Class<?>[] parameterizedContainer=[], java.lang.Class<?>[] value=[], java.lang.String[] ignoredType=[], java.lang.String[] name=[], java.lang.String[] type=[], org.springframework.boot.autoconfigure.condition.SearchStrategy search=ALL)
 anno 0 org.springframework.context.annotation.Bean(boolean autowireCandidate=true, boolean defaultCandidate=true, java.lang.String destroyMethod="close", java.lang.String initMethod="", java.lang.String[] name=[], java.lang.String[] value=[], org.springframework.context.annotation.Bean$Bootstrap bootstrap=DEFAULT)
meth public io.ivsjava.spring.autoconfigure.IvsConnectionDetails ivsEmulatorConnectionDetails(io.ivsjava.emulator.IvsEmulator)
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean(java.lang.Class<? extends java.lang.annotation.Annotation>[] annotation=[], java.lang.Class<?>[] ignored=[], java.lang.Class<?>[] parameterizedContainer=[], java.lang.Class<?>[] value=[], java.lang.String[] ignoredType=[], java.lang.String[] name=[], java.lang.String[] type=[], org.springframework.boot.autoconfigure.condition.SearchStrategy search=ALL)
 anno 0 org.springframework.context.annotation.Bean(boolean autowireCandidate=true, boolean defaultCandidate=true, java.lang.String destroyMethod="(inferred)", java.lang.String initMethod="", java.lang.String[] name=[], java.lang.String[] value=[], org.springframework.context.annotation.Bean$Bootstrap bootstrap=DEFAULT)
supr java.lang.Object
hfds PREFIX
hcls ChatReview,EventDelivery,EventForwarder,ReviewerForwarder

CLSS abstract interface io.ivsjava.spring.test.package-info
 anno 0 org.jspecify.annotations.NullMarked()

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

CLSS public abstract interface !annotation java.lang.annotation.Inherited
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

CLSS public abstract interface !annotation org.springframework.boot.autoconfigure.AutoConfiguration
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
 anno 0 org.springframework.boot.autoconfigure.AutoConfigureAfter(java.lang.Class<?>[] value=[], java.lang.String[] name=[])
 anno 0 org.springframework.boot.autoconfigure.AutoConfigureBefore(java.lang.Class<?>[] value=[], java.lang.String[] name=[])
 anno 0 org.springframework.context.annotation.Configuration(boolean enforceUniqueMethods=true, boolean proxyBeanMethods=false, java.lang.String value="")
intf java.lang.annotation.Annotation
meth public abstract !hasdefault java.lang.Class<?>[] after()
 anno 0 org.springframework.core.annotation.AliasFor(java.lang.Class<? extends java.lang.annotation.Annotation> annotation=class org.springframework.boot.autoconfigure.AutoConfigureAfter, java.lang.String attribute="value", java.lang.String value="")
meth public abstract !hasdefault java.lang.Class<?>[] before()
 anno 0 org.springframework.core.annotation.AliasFor(java.lang.Class<? extends java.lang.annotation.Annotation> annotation=class org.springframework.boot.autoconfigure.AutoConfigureBefore, java.lang.String attribute="value", java.lang.String value="")
meth public abstract !hasdefault java.lang.String value()
 anno 0 org.springframework.core.annotation.AliasFor(java.lang.Class<? extends java.lang.annotation.Annotation> annotation=class org.springframework.context.annotation.Configuration, java.lang.String attribute="", java.lang.String value="")
meth public abstract !hasdefault java.lang.String[] afterName()
 anno 0 org.springframework.core.annotation.AliasFor(java.lang.Class<? extends java.lang.annotation.Annotation> annotation=class org.springframework.boot.autoconfigure.AutoConfigureAfter, java.lang.String attribute="name", java.lang.String value="")
meth public abstract !hasdefault java.lang.String[] beforeName()
 anno 0 org.springframework.core.annotation.AliasFor(java.lang.Class<? extends java.lang.annotation.Annotation> annotation=class org.springframework.boot.autoconfigure.AutoConfigureBefore, java.lang.String attribute="name", java.lang.String value="")

CLSS public abstract interface !annotation org.springframework.boot.autoconfigure.AutoConfigureAfter
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
intf java.lang.annotation.Annotation
meth public abstract !hasdefault java.lang.Class<?>[] value()
meth public abstract !hasdefault java.lang.String[] name()

CLSS public abstract interface !annotation org.springframework.boot.autoconfigure.AutoConfigureBefore
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
intf java.lang.annotation.Annotation
meth public abstract !hasdefault java.lang.Class<?>[] value()
meth public abstract !hasdefault java.lang.String[] name()

CLSS public abstract interface !annotation org.springframework.boot.autoconfigure.ImportAutoConfiguration
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Inherited()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
 anno 0 org.springframework.context.annotation.Import(java.lang.Class<?>[] value=[class org.springframework.boot.autoconfigure.ImportAutoConfigurationImportSelector])
intf java.lang.annotation.Annotation
meth public abstract !hasdefault java.lang.Class<?>[] classes()
 anno 0 org.springframework.core.annotation.AliasFor(java.lang.Class<? extends java.lang.annotation.Annotation> annotation=class java.lang.annotation.Annotation, java.lang.String attribute="", java.lang.String value="value")
meth public abstract !hasdefault java.lang.Class<?>[] exclude()
meth public abstract !hasdefault java.lang.Class<?>[] value()
 anno 0 org.springframework.core.annotation.AliasFor(java.lang.Class<? extends java.lang.annotation.Annotation> annotation=class java.lang.annotation.Annotation, java.lang.String attribute="", java.lang.String value="classes")

CLSS public abstract interface !annotation org.springframework.boot.autoconfigure.condition.ConditionalOnClass
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE, METHOD])
 anno 0 org.springframework.context.annotation.Conditional(java.lang.Class<? extends org.springframework.context.annotation.Condition>[] value=[class org.springframework.boot.autoconfigure.condition.OnClassCondition])
intf java.lang.annotation.Annotation
meth public abstract !hasdefault java.lang.Class<?>[] value()
meth public abstract !hasdefault java.lang.String[] name()

CLSS public abstract interface !annotation org.springframework.boot.test.autoconfigure.properties.PropertyMapping
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE, METHOD])
intf java.lang.annotation.Annotation
meth public abstract !hasdefault java.lang.String value()
meth public abstract !hasdefault org.springframework.boot.test.autoconfigure.properties.SkipPropertyMapping skip()

CLSS public abstract interface !annotation org.springframework.context.annotation.Conditional
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE, METHOD])
intf java.lang.annotation.Annotation
meth public abstract java.lang.Class<? extends org.springframework.context.annotation.Condition>[] value()

CLSS public abstract interface !annotation org.springframework.context.annotation.Configuration
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
 anno 0 org.springframework.stereotype.Component(java.lang.String value="")
intf java.lang.annotation.Annotation
meth public abstract !hasdefault boolean enforceUniqueMethods()
meth public abstract !hasdefault boolean proxyBeanMethods()
meth public abstract !hasdefault java.lang.String value()
 anno 0 org.springframework.core.annotation.AliasFor(java.lang.Class<? extends java.lang.annotation.Annotation> annotation=class org.springframework.stereotype.Component, java.lang.String attribute="", java.lang.String value="")

CLSS public abstract interface !annotation org.springframework.context.annotation.Import
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
intf java.lang.annotation.Annotation
meth public abstract java.lang.Class<?>[] value()

CLSS public abstract interface !annotation org.springframework.stereotype.Component
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
 anno 0 org.springframework.stereotype.Indexed()
intf java.lang.annotation.Annotation
meth public abstract !hasdefault java.lang.String value()

CLSS public abstract interface !annotation org.springframework.stereotype.Indexed
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
intf java.lang.annotation.Annotation

