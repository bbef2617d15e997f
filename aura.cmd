@echo off
rem Aura Workstation launcher for Windows: no arguments opens the window; with arguments runs the CLI.
setlocal
set "ROOT=%~dp0"
set "APP=%ROOT%app\target\aura-app.jar"
if "%JAVA_HOME%"=="" (
  echo aura: set JAVA_HOME to a JDK 25 ^(for example Eclipse Temurin 25^). 1>&2
  exit /b 1
)
if not exist "%APP%" (
  echo aura: building on first use... 1>&2
  pushd "%ROOT%"
  call mvnw.cmd -q -B -DskipTests package -pl app -am 1>&2 || (popd & echo aura: the build failed; run mvnw.cmd -pl app -am package to see why. 1>&2 & exit /b 1)
  popd
)
"%JAVA_HOME%\bin\java" -Dh2.bindAddress=127.0.0.1 --enable-native-access=ALL-UNNAMED -XX:+UseSerialGC %AURA_JAVA_OPTS% -cp "%APP%;%ROOT%app\target\lib\*" dev.aura.app.Main %*
