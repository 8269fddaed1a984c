package vn.planprogress.gateway.proxy;

import io.netty.util.concurrent.EventExecutorGroup;
import io.netty.util.concurrent.MultithreadEventExecutorGroup;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway's connections to the services, one pool per event loop. A request goes on over a
 * connection of the event loop that received it, so the service's answer streams back to the caller
 * on that same thread; with one pool shared by all loops, a connection of another loop would hand
 * every chunk of the answer over between threads (a task and a wake-up each), which cost the gateway
 * more CPU than all its checks. The loops share the configured connections per service; code that
 * runs off the event loops (none on the request path) uses a pool of its own.
 */
final class LoopClients {

    private final Vertx vertx;
    private final HttpClientOptions options;
    private final PoolOptions poolPerLoop;
    private final Map<Thread, HttpClient> byLoop = new ConcurrentHashMap<>();
    private final HttpClient offLoop;

    LoopClients(Vertx vertx, HttpClientOptions options, int connectionsPerService) {
        this.vertx = vertx;
        this.options = options;
        int loops = loops(vertx.nettyEventLoopGroup());
        this.poolPerLoop = new PoolOptions().setHttp1MaxSize(Math.max(1, (connectionsPerService + loops - 1) / loops));
        this.offLoop = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(connectionsPerService));
    }

    /** The client of the event loop this runs on. */
    HttpClient current() {
        if (!Context.isOnEventLoopThread()) {
            return offLoop;
        }
        return byLoop.computeIfAbsent(Thread.currentThread(), loop -> vertx.createHttpClient(options, poolPerLoop));
    }

    void close() {
        byLoop.values().forEach(HttpClient::close);
        offLoop.close();
    }

    private static int loops(EventExecutorGroup group) {
        return group instanceof MultithreadEventExecutorGroup loops ? Math.max(1, loops.executorCount()) : 1;
    }
}
