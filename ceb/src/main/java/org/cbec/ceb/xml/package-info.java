/** XML machinery behind the reader and writer: secure parsers, compiled XSDs, the one-pass pipeline, repairs. */
package org.cbec.ceb.xml;
