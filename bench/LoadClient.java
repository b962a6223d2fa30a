import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load client: N clients POST the same JSON body (with a running number in it) as fast as
 * the server answers, for a fixed time, and report throughput and latency percentiles.
 *
 * Usage: java bench/LoadClient.java URL USER PASSWORD CLIENTS SECONDS BODY_TEMPLATE [LAST_NUMBER [FIRST_NUMBER]]
 * (BODY_TEMPLATE's "%d" becomes the request's number, URL's "%06d" the same number zero-padded to six digits;
 * requests are numbered from FIRST_NUMBER (default 1) and stop after LAST_NUMBER).
 */
public class LoadClient {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        int clients = Integer.parseInt(args[3]);
        long nanos = Duration.ofSeconds(Long.parseLong(args[4])).toNanos();
        String template = args[5];
        long max = args.length > 6 ? Long.parseLong(args[6]) : Long.MAX_VALUE;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicLong counter = new AtomicLong(args.length > 7 ? Long.parseLong(args[7]) - 1 : 0);
        AtomicLong failures = new AtomicLong();
        List<List<Long>> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            List<Long> mine = new ArrayList<>();
            latencies.add(mine);
            Thread t = new Thread(() -> {
                while (System.nanoTime() - start < nanos) {
                    long n = counter.incrementAndGet();
                    if (n > max) {
                        break;
                    }
                    String body = template.replace("%d", Long.toString(n));
                    URI uri = URI.create(url.replace("%06d", String.format("%06d", n)));
                    HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", auth)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() >= 300) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    mine.add(System.nanoTime() - sent);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        Collections.sort(all);
        System.out.printf("requests %d, failures %d, %.1f s, %.1f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                all.size(), failures.get(), seconds, all.size() / seconds,
                pct(all, 0.50), pct(all, 0.95), pct(all, 0.99), all.get(all.size() - 1) / 1e6);
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p))) / 1e6;
    }
}
