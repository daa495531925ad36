package org.gdprretention.platform.job;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.repo.action.executer.MailActionExecuter;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;

/** The mails a job asks ACS's {@code mail} action to send: each one's parameters, in the order they were created. */
public final class SentMails {

    private SentMails() {
    }

    /** Makes {@code actionService} hand out mail actions that record their parameters in the returned list. */
    public static List<Map<String, Serializable>> capturedBy(ActionService actionService) {
        List<Map<String, Serializable>> mails = new ArrayList<>();
        when(actionService.createAction(MailActionExecuter.NAME)).thenAnswer(call -> {
            Map<String, Serializable> parameters = new HashMap<>();
            Action mail = mock(Action.class);
            doAnswer(set -> parameters.put(set.getArgument(0), set.getArgument(1)))
                    .when(mail).setParameterValue(anyString(), any());
            mails.add(parameters);
            return mail;
        });
        return mails;
    }
}
