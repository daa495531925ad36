package org.gdprretention.alfrescoapi.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gdprretention.alfrescoapi.conformance.InitializerEvaluator.NotEvaluableException;
import org.gdprretention.alfrescoapi.conformance.InitializerEvaluator.QNameValue;
import org.junit.jupiter.api.Test;

class InitializerEvaluatorTest {

    private static final String CONTENT_MODEL = "org.alfresco.model.ContentModel";

    private static final InitializerEvaluator EVALUATOR =
            new InitializerEvaluator(ApiConformanceChecker.fromReferenceData().signatures());

    @Test
    void evaluatesLiteralsAndArithmetic() {
        assertThat(EVALUATOR.evaluate("\"a\\\"b\" + 'c' + 1", CONTENT_MODEL)).isEqualTo("a\"bc1");
        assertThat(EVALUATOR.evaluate("-(2 + 3) + 10L", CONTENT_MODEL)).isEqualTo(5L);
        assertThat(EVALUATOR.evaluate("'{'", CONTENT_MODEL)).isEqualTo('{');
        assertThat(EVALUATOR.evaluate("0x10", CONTENT_MODEL)).isEqualTo(16);
    }

    @Test
    void resolvesANamespaceConstantThroughTheRecordsOfAnotherType() {
        assertThat(EVALUATOR.valueOf(CONTENT_MODEL, "PROP_NAME")).contains(
                new QNameValue("http://www.alfresco.org/model/content/1.0", "name"));
    }

    @Test
    void resolvesAnUnqualifiedConstantOfTheSameType() {
        assertThat(EVALUATOR.valueOf(CONTENT_MODEL, "PROP_ACCOUNT_LOCKED")).contains(
                new QNameValue("http://www.alfresco.org/model/user/1.0", "accountLocked"));
    }

    @Test
    void followsAQNameAliasToTheFieldItNames() {
        Object alias = EVALUATOR.evaluate("RenditionModel.ASSOC_RENDITION", CONTENT_MODEL);

        assertThat(alias).isEqualTo(new QNameValue("http://www.alfresco.org/model/rendition/1.0", "rendition"));
    }

    @Test
    void readsAServletConstantByReflection() {
        assertThat(EVALUATOR.valueOf("org.springframework.extensions.webscripts.Status", "STATUS_NOT_FOUND"))
                .contains(404);
    }

    @Test
    void namesTheUnknownNameWhenItCannotEvaluate() {
        assertThatThrownBy(() -> EVALUATOR.evaluate("NO_SUCH_CONSTANT + 1", CONTENT_MODEL))
                .isInstanceOf(NotEvaluableException.class)
                .hasMessage("unknown name NO_SUCH_CONSTANT in " + CONTENT_MODEL);
    }

    @Test
    void refusesCallsOtherThanCreateQName() {
        assertThatThrownBy(() -> EVALUATOR.evaluate("String.valueOf(1)", CONTENT_MODEL))
                .isInstanceOf(NotEvaluableException.class)
                .hasMessage("unsupported call String.valueOf in String.valueOf(1)");
    }
}
