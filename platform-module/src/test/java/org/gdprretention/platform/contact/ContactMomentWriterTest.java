package org.gdprretention.platform.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdprretention.platform.testsupport.FakeRepository.date;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;
import org.gdprretention.core.extension.ContactChannel;
import org.gdprretention.core.extension.ContactKind;
import org.gdprretention.core.extension.ContactMoment;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContactMomentWriterTest {

    private static final Instant AT = Instant.parse("2025-06-15T10:00:00Z");

    private final FakeRepository repository = new FakeRepository();
    private final ContactMomentWriter writer = new ContactMomentWriter();
    private final NodeRef document = repository.document(null, Map.of());

    @BeforeEach
    void wire() {
        writer.setNodeService(repository.nodeService());
        writer.setStatusEvaluator(new RetentionStatusEvaluator(new ExpiryCalculator(FakeRepository.ZONE)));
        writer.afterPropertiesSet();
    }

    @Test
    void writesTheMomentAsAContactMomentChildOfTheDocument() {
        ContactMoment moment = new ContactMoment(DocumentId.of(document.toString()), ContactKind.EXTENSION_APPROVED,
                ContactChannel.TASK, "officer", AT, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 7, 1), "Still employed");

        NodeRef written = writer.write(document, moment);

        ChildAssociationRef association = repository.nodeService().getPrimaryParent(written);
        assertThat(association.getParentRef()).isEqualTo(document);
        assertThat(association.getTypeQName()).isEqualTo(RetentionModel.ASSOC_CONTACT_MOMENTS);
        assertThat(repository.type(written)).isEqualTo(RetentionModel.TYPE_CONTACT_MOMENT);
        assertThat(repository.properties(written))
                .containsEntry(RetentionModel.PROP_MOMENT_KIND, "EXTENSION_APPROVED")
                .containsEntry(RetentionModel.PROP_MOMENT_CHANNEL, "TASK")
                .containsEntry(RetentionModel.PROP_MOMENT_ACTOR, "officer")
                .containsEntry(RetentionModel.PROP_MOMENT_AT, Date.from(AT))
                .containsEntry(RetentionModel.PROP_MOMENT_OLD_EXPIRY, date("2025-07-01"))
                .containsEntry(RetentionModel.PROP_MOMENT_NEW_EXPIRY, date("2026-07-01"))
                .containsEntry(RetentionModel.PROP_MOMENT_NOTE, "Still employed");
        assertThat((String) repository.property(written, ContentModel.PROP_NAME)).startsWith("extension_approved-");
    }

    @Test
    void theMomentIsWrittenAsTheSystemUserWhoeverAsked() {
        AuthenticationUtil.setFullyAuthenticatedUser("officer");
        try {
            writer.write(document, new ContactMoment(DocumentId.of(document.toString()), ContactKind.LEGAL_HOLD_SET,
                    ContactChannel.TASK, "officer", AT, null, null, null));
        } finally {
            AuthenticationUtil.clearCurrentSecurityContext();
        }

        assertThat(repository.createdAs()).containsExactly(AuthenticationUtil.SYSTEM_USER_NAME);
    }

    @Test
    void twoMomentsOfOneKindInOneInstantGetDifferentNames() {
        ContactMoment moment = new ContactMoment(DocumentId.of(document.toString()), ContactKind.LEGAL_HOLD_SET,
                ContactChannel.TASK, "officer", AT, null, null, null);

        NodeRef first = writer.write(document, moment);
        NodeRef second = writer.write(document, moment);

        assertThat(repository.property(first, ContentModel.PROP_NAME))
                .isNotEqualTo(repository.property(second, ContentModel.PROP_NAME));
        assertThat(repository.properties(first)).containsEntry(RetentionModel.PROP_MOMENT_OLD_EXPIRY, null);
    }
}
