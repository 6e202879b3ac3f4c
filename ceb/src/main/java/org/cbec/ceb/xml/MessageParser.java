package org.cbec.ceb.xml;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.JAXBIntrospector;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.UnmarshallerHandler;
import jakarta.xml.bind.ValidationEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.validation.ValidatorHandler;
import org.cbec.ceb.CebError;
import org.cbec.ceb.CebMessage;
import org.cbec.ceb.CebSetupException;
import org.cbec.ceb.MessageType;
import org.cbec.ceb.ReadResult;
import org.cbec.ceb.SchemaVersion;
import org.cbec.ceb.Side;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * One thread's parsing machinery: a secure SAX reader feeding {@link MessagePipeline}, and per schema (version and
 * side) a validator chained to an unmarshaller. Building these is expensive and none of them is thread-safe, so a
 * {@link org.cbec.ceb.CebReader} keeps one parser per thread and reuses it for every message.
 */
public final class MessageParser {

    private static final String LOCALE_PROPERTY = "http://apache.org/xml/properties/locale";

    private final XMLReader reader = SecureXml.newXmlReader();
    private final MessagePipeline pipeline;
    private final CompiledReader compiled;
    private final Map<String, Chain> chains = new HashMap<>();
    private final List<String> bindingProblems = new ArrayList<>();
    private SchemaVersion version;

    public MessageParser(int maxDepth, int maxErrors) {
        this.pipeline = new MessagePipeline(this::validatorFor, maxDepth, maxErrors);
        this.compiled = new CompiledReader(maxDepth);
        reader.setContentHandler(pipeline);
        reader.setErrorHandler(new WellFormedness());
        setEnglish(reader);
    }

    /**
     * Reads a message: the compiled fast path first; when it cannot vouch for the message, the reference pipeline,
     * which also names every error.
     */
    public ReadResult parse(byte[] bytes, SchemaVersion schemaVersion) {
        CompiledReader.Result fast = compiled.read(bytes, schemaVersion);
        if (fast != null) {
            return ReadResult.ok(new CebMessage(fast.type(), schemaVersion, fast.body(), List.of()));
        }
        return parseReference(new java.io.ByteArrayInputStream(bytes), schemaVersion);
    }

    /** The reference pipeline only: Xerces XSD validation and JAXB, with every error named. */
    public ReadResult parseReference(InputStream in, SchemaVersion schemaVersion) {
        this.version = schemaVersion;
        pipeline.reset();
        bindingProblems.clear();
        Chain chain = null;
        try {
            reader.parse(new InputSource(in));
        } catch (MessagePipeline.Stop stop) {
            // the reason is in the pipeline's errors
        } catch (SAXException | IOException | RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof CebSetupException setup) {
                    throw setup;
                }
            }
            // the parser may give up on input it cannot decode; the sender still gets a named error
            if (pipeline.errors().isEmpty()) {
                pipeline.addError(CebError.WELL_FORMED, "the message is not well-formed XML: " + e.getMessage(), 0, 0);
            }
        }
        MessageType type = pipeline.type().orElse(null);
        if (type != null) {
            chain = chains.get(key(schemaVersion, type.side()));
        }
        List<CebError> errors = pipeline.errors();
        if (errors.isEmpty() && type == null) {
            errors = List.of(CebError.ofDocument(CebError.WELL_FORMED, "the message has no root element"));
        }
        if (errors.isEmpty() && !bindingProblems.isEmpty()) {
            errors = bindingProblems.stream()
                    .map(p -> CebError.ofDocument("binding", p)).toList();
        }
        if (!errors.isEmpty() || chain == null) {
            return ReadResult.failed(type, errors);
        }
        try {
            Object body = JAXBIntrospector.getValue(chain.unmarshallerHandler.getResult());
            return ReadResult.ok(new CebMessage(type, schemaVersion, body, List.of()));
        } catch (JAXBException | IllegalStateException e) {
            return ReadResult.failed(type, List.of(CebError.ofDocument("binding",
                    "the message could not be bound: " + e.getMessage())));
        }
    }

    private ContentHandler validatorFor(MessageType type) {
        if (!type.definedIn(version)) {
            return null;
        }
        return chains.computeIfAbsent(key(version, type.side()), k -> new Chain(version, type.side())).validator;
    }

    private static String key(SchemaVersion version, Side side) {
        return version + "/" + side;
    }

    private static void setEnglish(XMLReader xmlReader) {
        try {
            xmlReader.setProperty(LOCALE_PROPERTY, Locale.ENGLISH);
        } catch (SAXException e) {
            // messages then come in the platform's language
        }
    }

    /** Validator and unmarshaller of one schema, chained: the validator hands each event on once it checked it. */
    private final class Chain {
        private final ValidatorHandler validator;
        private final UnmarshallerHandler unmarshallerHandler;

        Chain(SchemaVersion version, Side side) {
            try {
                Unmarshaller unmarshaller = SchemaCatalog.context(version, side).createUnmarshaller();
                unmarshaller.setEventHandler(event -> {
                    if (event.getSeverity() != ValidationEvent.WARNING) {
                        bindingProblems.add(event.getMessage());
                    }
                    return true;
                });
                unmarshallerHandler = unmarshaller.getUnmarshallerHandler();
            } catch (JAXBException e) {
                throw new IllegalStateException(e);
            }
            validator = SchemaCatalog.schema(version, side).newValidatorHandler();
            try {
                validator.setProperty(LOCALE_PROPERTY, Locale.ENGLISH);
            } catch (SAXException e) {
                // messages then come in the platform's language
            }
            validator.setErrorHandler(pipeline);
            validator.setContentHandler(unmarshallerHandler);
        }
    }

    /** Errors of the parser itself: the bytes are not well-formed XML, or they hold a DTD. */
    private final class WellFormedness implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // nothing a sender must fix
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            fatalError(e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            String text = String.valueOf(e.getMessage());
            String rule = text.contains("DOCTYPE") ? CebError.DOCTYPE_FORBIDDEN : CebError.WELL_FORMED;
            String message = rule.equals(CebError.DOCTYPE_FORBIDDEN)
                    ? "a DOCTYPE (DTD) is not allowed in a CEB message" : "the message is not well-formed XML: " + text;
            pipeline.addError(rule, message, Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber()));
            throw new MessagePipeline.Stop();
        }
    }
}
