package org.gdprretention.alfrescoapi.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.gdprretention.alfrescoapi.fixtures.AnnotationWithExtraMember;
import org.gdprretention.alfrescoapi.fixtures.ConformingContentModel;
import org.gdprretention.alfrescoapi.fixtures.ConformingOperation;
import org.gdprretention.alfrescoapi.fixtures.ConformingStoreRef;
import org.gdprretention.alfrescoapi.fixtures.ExtraInterface;
import org.gdprretention.alfrescoapi.fixtures.MemberTheRealTypeLacks;
import org.gdprretention.alfrescoapi.fixtures.StaticInsteadOfInstance;
import org.gdprretention.alfrescoapi.fixtures.WrongConstructor;
import org.gdprretention.alfrescoapi.fixtures.WrongEnumOrder;
import org.gdprretention.alfrescoapi.fixtures.WrongFieldType;
import org.gdprretention.alfrescoapi.fixtures.WrongKind;
import org.gdprretention.alfrescoapi.fixtures.WrongParameterType;
import org.gdprretention.alfrescoapi.fixtures.WrongQNames;
import org.gdprretention.alfrescoapi.fixtures.WrongReturnType;
import org.gdprretention.alfrescoapi.fixtures.WrongStatusCode;
import org.gdprretention.alfrescoapi.fixtures.WrongStringConstant;
import org.gdprretention.alfrescoapi.fixtures.WrongSuperclass;
import org.gdprretention.alfrescoapi.fixtures.WrongThrows;
import org.gdprretention.alfrescoapi.fixtures.WrongVisibility;
import org.junit.jupiter.api.Test;

/**
 * The checker catches each kind of mistake: every fixture declares exactly one (or, for QNames, two) deliberate
 * differences from the real type it is checked as, and the checker must report exactly those.
 */
class ApiConformanceCheckerTest {

    private static final String NODE_SERVICE = "org.alfresco.service.cmr.repository.NodeService";
    private static final String NODE_REF = "org.alfresco.service.cmr.repository.NodeRef";
    private static final String STORE_REF = "org.alfresco.service.cmr.repository.StoreRef";
    private static final String CONTENT_MODEL = "org.alfresco.model.ContentModel";
    private static final String QNAME = "org.alfresco.service.namespace.QName";

    private static final ApiConformanceChecker CHECKER = ApiConformanceChecker.fromReferenceData();

    @Test
    void findsNothingWhenTheDeclarationsMatch() {
        assertThat(CHECKER.check(ConformingStoreRef.class, STORE_REF)).isEmpty();
        assertThat(CHECKER.check(ConformingContentModel.class, CONTENT_MODEL)).isEmpty();
    }

    @Test
    void reportsATypeTheRealApiLacks() {
        assertThat(CHECKER.check(ConformingStoreRef.class, "org.alfresco.service.cmr.repository.NoSuchRef"))
                .containsExactly("type org.alfresco.service.cmr.repository.NoSuchRef: not in the real API");
    }

    @Test
    void reportsAWrongReturnType() {
        assertThat(CHECKER.check(WrongReturnType.class, NODE_SERVICE)).containsExactly(NODE_SERVICE
                + "#getProperty(org.alfresco.service.cmr.repository.NodeRef, org.alfresco.service.namespace.QName)"
                + ": returns boolean but the real method returns java.io.Serializable");
    }

    @Test
    void reportsAWrongParameterTypeAndNamesTheRealOverloads() {
        assertThat(CHECKER.check(WrongParameterType.class, NODE_SERVICE)).singleElement().asString()
                .startsWith(NODE_SERVICE + "#exists(java.lang.String): method not in the real API (real overloads: ")
                .contains("exists(org.alfresco.service.cmr.repository.NodeRef)");
    }

    @Test
    void reportsAMethodTheRealTypeLacks() {
        assertThat(CHECKER.check(MemberTheRealTypeLacks.class, NODE_SERVICE))
                .containsExactly(NODE_SERVICE + "#purgeEverything(): method not in the real API");
    }

    @Test
    void reportsStaticVersusInstanceBothWays() {
        assertThat(CHECKER.check(StaticInsteadOfInstance.class, NODE_REF)).containsExactlyInAnyOrder(
                NODE_REF + "#getId(): is static but the real one is not static",
                NODE_REF + "#isNodeRef(java.lang.String): is not static but the real one is static");
    }

    @Test
    void reportsAWrongSuperclass() {
        String contentIoException = "org.alfresco.service.cmr.repository.ContentIOException";
        assertThat(CHECKER.check(WrongSuperclass.class, contentIoException)).containsExactly("type "
                + contentIoException + ": extends java.lang.RuntimeException but the real type extends "
                + "org.alfresco.error.AlfrescoRuntimeException");
    }

    @Test
    void reportsAnInterfaceTheRealTypeDoesNotImplement() {
        assertThat(CHECKER.check(ExtraInterface.class, STORE_REF)).containsExactly("type " + STORE_REF
                + ": implements java.lang.Runnable, which the real type does not (real: "
                + "[org.alfresco.service.cmr.repository.EntityRef, java.io.Serializable])",
                STORE_REF + "#run(): method not in the real API");
    }

    @Test
    void reportsAQNameInTheWrongNamespaceOrWithTheWrongLocalName() {
        assertThat(CHECKER.check(WrongQNames.class, CONTENT_MODEL)).containsExactlyInAnyOrder(
                CONTENT_MODEL + ".TYPE_CONTENT: QName is {http://www.alfresco.org/model/system/1.0}content but the "
                        + "real one is {http://www.alfresco.org/model/content/1.0}content (initializer "
                        + "QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, \"content\"))",
                CONTENT_MODEL + ".PROP_NAME: QName is {http://www.alfresco.org/model/content/1.0}title but the "
                        + "real one is {http://www.alfresco.org/model/content/1.0}name (initializer "
                        + "QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, \"name\"))");
    }

    @Test
    void reportsAWrongStringConstant() {
        assertThat(CHECKER.check(WrongStringConstant.class, STORE_REF)).containsExactly(STORE_REF
                + ".PROTOCOL_WORKSPACE: value is \"workspaces\" but the real value is \"workspace\" (initializer "
                + "\"workspace\")");
    }

    @Test
    void reportsAWrongIntConstantWhoseRealValueComesFromTheServletApi() {
        String status = "org.springframework.extensions.webscripts.Status";
        assertThat(CHECKER.check(WrongStatusCode.class, status)).containsExactly(status
                + ".STATUS_OK: value is 201 but the real value is 200 (initializer HttpServletResponse.SC_OK)");
    }

    @Test
    void reportsAWrongVisibility() {
        assertThat(CHECKER.check(WrongVisibility.class, STORE_REF))
                .containsExactly(STORE_REF + "#getProtocol(): is protected but the real one is public");
    }

    @Test
    void reportsAWrongKind() {
        assertThat(CHECKER.check(WrongKind.class, NODE_SERVICE))
                .containsExactly("type " + NODE_SERVICE + ": is a class but the real type is an interface");
    }

    @Test
    void reportsEnumConstantsOutOfTheRealOrder() {
        String consistency = "org.alfresco.service.cmr.search.QueryConsistency";
        assertThat(CHECKER.check(WrongEnumOrder.class, consistency)).containsExactlyInAnyOrder(
                consistency + ".TRANSACTIONAL: has ordinal 0 but the real constant has ordinal 1",
                consistency + ".EVENTUAL: has ordinal 1 but the real constant has ordinal 0");
    }

    @Test
    void reportsAnExceptionTheRealMethodDoesNotDeclare() {
        assertThat(CHECKER.check(WrongThrows.class, NODE_SERVICE)).containsExactly(NODE_SERVICE
                + "#getProperty(org.alfresco.service.cmr.repository.NodeRef, org.alfresco.service.namespace.QName)"
                + ": declares throws java.io.IOException, which the real one does not (real: "
                + "[org.alfresco.service.cmr.repository.InvalidNodeRefException])");
    }

    @Test
    void reportsAConstructorTheRealTypeLacks() {
        assertThat(CHECKER.check(WrongConstructor.class, STORE_REF)).containsExactly(STORE_REF
                + "(int): constructor not in the real API (real: [(java.lang.String), (java.lang.String, "
                + "java.lang.String)])");
    }

    @Test
    void reportsAWrongFieldType() {
        assertThat(CHECKER.check(WrongFieldType.class, QNAME))
                .containsExactly(QNAME + ".MAX_LENGTH: has type long but the real field has type int");
    }

    @Test
    void acceptsAnAnnotationTypeAndStillReportsAMemberItLacks() {
        String operation = "org.alfresco.rest.framework.Operation";
        assertThat(CHECKER.check(ConformingOperation.class, operation)).isEmpty();
        assertThat(CHECKER.check(AnnotationWithExtraMember.class, operation))
                .containsExactly(operation + "#title(): method not in the real API");
    }
}
