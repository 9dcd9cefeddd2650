// The build failed on the API check, and the check named the unrecorded method.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('sigtest-maven-plugin') : 'the API check did not run'
assert log.contains('farewell') : 'the API check did not name the added method'
return true
