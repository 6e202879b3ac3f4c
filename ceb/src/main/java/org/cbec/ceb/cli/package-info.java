/** The command-line tool {@code ceb-cli.jar}. */
package org.cbec.ceb.cli;
