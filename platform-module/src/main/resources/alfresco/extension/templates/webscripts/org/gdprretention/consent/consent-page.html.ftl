<#ftl output_format="HTML" strip_whitespace=true>
<#-- The public consent page. Every value is escaped by the HTML output format; no script, no external resource.
     The forms have no action: they go back to the address the page was opened at, whatever a proxy made of it. -->
<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="referrer" content="no-referrer"/>
<meta name="robots" content="noindex, nofollow"/>
<title>${text["page.title"]} - ${organisation}</title>
<style>
body { font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; margin: 0; background: #f4f5f7; color: #1d2733; }
main { max-width: 40rem; margin: 2rem auto; background: #fff; padding: 2rem; border-radius: 6px; box-shadow: 0 1px 3px rgba(0,0,0,.15); }
h1 { font-size: 1.5rem; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { text-align: left; padding: .5rem; border-bottom: 1px solid #d8dde3; }
.buttons { display: flex; gap: 1rem; flex-wrap: wrap; margin-top: 1.5rem; }
button { font-size: 1rem; padding: .75rem 1.25rem; border-radius: 4px; border: 1px solid #0b5cad; cursor: pointer; }
button.keep { background: #0b5cad; color: #fff; }
button.delete { background: #fff; color: #0b5cad; }
.language { float: right; }
.language button { font-size: .85rem; padding: .25rem .5rem; }
.organisation { color: #5a6673; margin-bottom: 1.5rem; }
</style>
</head>
<body>
<main>
<form class="language" method="get">
<#if token?has_content><input type="hidden" name="token" value="${token}"/></#if>
<#if lang == "nl"><button type="submit" name="lang" value="en">English</button><#else><button type="submit" name="lang" value="nl">Nederlands</button></#if>
</form>
<p class="organisation">${organisation}</p>
<#if view == "ask">
<h1>${text["ask.title"]}</h1>
<p>${text["ask.intro"]}</p>
<table>
<thead><tr><th>${text["ask.kind"]}</th><th>${text["ask.expiry"]}</th></tr></thead>
<tbody>
<#list documents as document>
<tr><td>${document.kind}</td><td>${document.expiryDate}</td></tr>
</#list>
</tbody>
</table>
<p>${text["ask.question"]} ${text["ask.deadline"]} ${answerBefore}.</p>
<form method="post">
<input type="hidden" name="token" value="${token}"/>
<input type="hidden" name="lang" value="${lang}"/>
<div class="buttons">
<button class="keep" type="submit" name="answer" value="consent">${text["ask.keep"]}</button>
<button class="delete" type="submit" name="answer" value="refuse">${text["ask.delete"]}</button>
</div>
</form>
<#elseif view == "consented">
<h1>${text["consented.title"]}</h1>
<p>${text["consented.text"]}</p>
<#elseif view == "refused">
<h1>${text["refused.title"]}</h1>
<p>${text["refused.text"]}</p>
<#else>
<h1>${text["invalid.title"]}</h1>
<p>${text["invalid.text"]}</p>
</#if>
</main>
</body>
</html>
