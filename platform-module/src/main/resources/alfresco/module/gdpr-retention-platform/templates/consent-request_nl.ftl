<#ftl output_format="HTML" strip_whitespace=true>
<#-- Toestemmingsverzoek (Nederlands), door ACS' mail-actie gevuld met het model van ConsentMail: organisation,
     subjectName, consentLink, answerBefore, documents (kind, expiryDate). Alleen soorten documenten, nooit namen. -->
<!DOCTYPE html>
<html lang="nl">
<head><meta charset="UTF-8"/><title>Mogen wij uw gegevens langer bewaren?</title></head>
<body style="font-family: Arial, Helvetica, sans-serif; color: #1d2733;">
<p>Beste<#if subjectName?has_content> ${subjectName}</#if>,</p>
<p>${organisation} bewaart de volgende documenten over u. Hun bewaartermijn loopt binnenkort af; daarna
verwijderen wij ze:</p>
<table cellpadding="4" style="border-collapse: collapse;">
<tr><th align="left">Soort document</th><th align="left">Te verwijderen op</th></tr>
<#list documents as document>
<tr><td>${document.kind}</td><td>${document.expiryDate}</td></tr>
</#list>
</table>
<p>Wilt u dat wij ze een jaar langer bewaren? Laat het ons weten op deze pagina, tot en met ${answerBefore}:</p>
<p><a href="${consentLink}">${consentLink}</a></p>
<p>Als u niet antwoordt, verwijderen wij de documenten als hun termijn afloopt. De link werkt eenmaal en alleen
voor u: stuur deze e-mail niet door.</p>
<p>Met vriendelijke groet,<br/>${organisation}</p>
</body>
</html>
