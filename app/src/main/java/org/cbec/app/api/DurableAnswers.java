package org.cbec.app.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.cbec.app.shared.persistence.GroupCommit;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No answer leaves before what it tells of is in the database's file ({@link GroupCommit}): a 202 for a message,
 * a page of receipts, a decision taken. The wait comes before the first byte of the body is written (the handler
 * has done its work by then) and, for an answer without a body, when the request is done; the outermost filter, so
 * that it covers every page and API alike.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DurableAnswers extends OncePerRequestFilter {

    private final GroupCommit groupCommit;

    public DurableAnswers(GroupCommit groupCommit) {
        this.groupCommit = groupCommit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!groupCommit.active()) {
            chain.doFilter(request, response);
            return;
        }
        Durable durable = new Durable(response);
        chain.doFilter(request, durable);
        try {
            durable.written();
        } catch (DataAccessResourceFailureException e) {
            // the file cannot be written: the work is not acknowledged, the health check is down
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
    }

    /** Files served as they are (scripts, style sheets) tell of nothing stored: they need no write of their own. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/webjars/") || path.equals("/favicon.ico")
                || (path.startsWith("/console/") && path.indexOf('/', "/console/".length()) < 0
                && (path.endsWith(".css") || path.endsWith(".js")));
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private final class Durable extends HttpServletResponseWrapper {

        private boolean awaited;

        Durable(HttpServletResponse response) {
            super(response);
        }

        void written() {
            if (!awaited) {
                awaited = true;
                groupCommit.await();
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            written();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            written();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            written();
            super.flushBuffer();
        }
    }
}
