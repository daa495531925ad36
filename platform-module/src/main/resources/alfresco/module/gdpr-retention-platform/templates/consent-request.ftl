<#ftl output_format="HTML" strip_whitespace=true>
<#-- Consent request e-mail (English), rendered by ACS's mail action with the model of ConsentMail: organisation,
     subjectName, consentLink, answerBefore, documents (kind, expiryDate). Kinds of document only, never names. -->
<!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"/><title>May we keep your data longer?</title></head>
<body style="font-family: Arial, Helvetica, sans-serif; color: #1d2733;">
<p>Dear<#if subjectName?has_content> ${subjectName}</#if>,</p>
<p>${organisation} keeps the following documents about you. Their retention period ends soon, after which we
delete them:</p>
<table cellpadding="4" style="border-collapse: collapse;">
<tr><th align="left">Kind of document</th><th align="left">To be deleted on</th></tr>
<#list documents as document>
<tr><td>${document.kind}</td><td>${document.expiryDate}</td></tr>
</#list>
</table>
<p>Would you like us to keep them one more year? Please let us know on this page, until ${answerBefore}:</p>
<p><a href="${consentLink}">${consentLink}</a></p>
<p>If you do not answer, we delete the documents when their period ends. The link works once and only for you:
please do not forward this e-mail.</p>
<p>Kind regards,<br/>${organisation}</p>
</body>
</html>
