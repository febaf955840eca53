package io.opadynamodb.test;

import java.net.URI;

/**
 * A folder of policies: every {@code .rego} module and {@code .json}/{@code .yaml} data file below it is loaded.
 *
 * @param location a {@code file:} URI of a directory, or a {@code jar:} URI of a folder inside a jar
 * @param namePrefix what file names start with, e.g. {@code policies} for the class path folder
 * @param onClasspath true when the files are class path resources (their sources then name the resource)
 * @param runsTests true when the {@code test_*} rules of its modules are run (the project's own folders, not jars)
 */
record PolicyRoot(URI location, String namePrefix, boolean onClasspath, boolean runsTests) {

  boolean inJar() {
    return "jar".equals(location.getScheme());
  }
}
