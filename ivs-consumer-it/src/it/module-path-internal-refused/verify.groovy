// The build failed because the module system hid the internal package, not for any other reason.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('package io.ivsjava.core.internal is declared in module io.ivsjava.core, which does not export it to module example.sneaky') : 'no module-system refusal in build.log'
return true
