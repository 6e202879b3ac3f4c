package org.cbec.ceb.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.Test;

/**
 * The XSDs compile wherever the library's resources live. Spring Boot's executable jar hands out resources under
 * URLs of its own ({@code jar:nested:...}) that the XML parser can neither open nor is allowed to: here the library
 * is loaded by a class loader whose every resource URL is of such an unknown protocol, as in the packaged jar.
 */
class NestedJarSchemaTest {

    /** Serves the library's classes and resources as a nested jar would: resources only under "nested:" URLs. */
    private static final class NestedLoader extends ClassLoader {
        private final ClassLoader real;

        NestedLoader(ClassLoader real) {
            super(real);
            this.real = real;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.cbec.ceb.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try (InputStream in = real.getResourceAsStream(name.replace('.', '/') + ".class")) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        byte[] bytes = in.readAllBytes();
                        loaded = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                return loaded;
            }
        }

        @Override
        public URL getResource(String name) {
            URL found = real.getResource(name);
            if (found == null) {
                return null;
            }
            try {
                return new URL("nested", "", -1, "/" + name, new URLStreamHandler() {
                    @Override
                    protected URLConnection openConnection(URL url) throws IOException {
                        return found.openConnection();
                    }
                });
            } catch (java.net.MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void everySchemaCompilesFromResourcesThatHaveNoFileOrJarUrl() throws Exception {
        ClassLoader loader = new NestedLoader(NestedJarSchemaTest.class.getClassLoader());
        Class<?> catalog = loader.loadClass("org.cbec.ceb.xml.SchemaCatalog");
        Class<Enum> version = (Class<Enum>) loader.loadClass("org.cbec.ceb.SchemaVersion");
        Class<Enum> side = (Class<Enum>) loader.loadClass("org.cbec.ceb.Side");
        assertThat(catalog.getClassLoader()).isSameAs(loader);
        assertThat(loader.getResource("org/cbec/ceb/xsd/2022-05/ceb-import-202205.xsd").getProtocol())
                .isEqualTo("nested");

        for (Enum v : version.getEnumConstants()) {
            for (Enum s : side.getEnumConstants()) {
                Object schema = catalog.getMethod("schema", version, side).invoke(null, v, s);
                assertThat(schema).as(v + " " + s).isInstanceOf(Schema.class);
            }
        }
    }
}
