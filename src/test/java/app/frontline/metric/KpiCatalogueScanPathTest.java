package app.frontline.metric;

import org.springframework.test.context.TestPropertySource;

/**
 * The same hand-worked expectations when the connected orders and the customers' history are read
 * by a scan filtered in Java instead of an {@code $in} list (the path long lists take).
 */
@TestPropertySource(properties = {"frontline.metrics.max-in-list=1", "frontline.metrics.engine=raw"})
class KpiCatalogueScanPathTest extends KpiCatalogueGraphQlTest {
}
