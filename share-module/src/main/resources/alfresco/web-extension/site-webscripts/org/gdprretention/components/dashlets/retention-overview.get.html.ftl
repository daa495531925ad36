<@markup id="css">
   <@link rel="stylesheet" type="text/css" href="${url.context}/res/gdpr-retention/components/dashlets/retention-overview.css" group="dashlets"/>
</@>

<@markup id="js">
   <@script type="text/javascript" src="${url.context}/res/gdpr-retention/components/common/gdpr-rest.js" group="dashlets"/>
   <@script type="text/javascript" src="${url.context}/res/gdpr-retention/components/dashlets/retention-overview.js" group="dashlets"/>
</@>

<@markup id="widgets">
   <@inlineScript group="dashlets">
      var ${configureEvent} = new YAHOO.util.CustomEvent("onDashletConfigure");
   </@>
   <@createWidgets group="dashlets"/>
</@>

<@markup id="html">
   <@uniqueIdDiv>
      <#assign el=args.htmlid?html>
      <div class="dashlet gdpr-retention-overview" id="${el}-dashlet">
         <div class="title" id="${el}-title">${msg("header.title")?html}</div>
         <div class="body gdpr-body" id="${el}-body" <#if args.height??>style="height: ${args.height?html}px;"</#if>>
            <div class="gdpr-tabs" role="tablist" aria-label="${msg("tabs.label")?html}">
               <button type="button" role="tab" id="${el}-tab-overview" aria-selected="true" aria-controls="${el}-panel-overview">${msg("tab.overview")?html}</button>
               <#-- Officer-only controls stay hidden until the repository's summary says the caller is an officer
                    (the dashlet removes them otherwise); the repository refuses others anyway. -->
               <button type="button" role="tab" id="${el}-tab-requests" class="gdpr-officer-only hidden" aria-selected="false" aria-controls="${el}-panel-requests" tabindex="-1">${msg("tab.requests")?html}</button>
               <button type="button" role="tab" id="${el}-tab-sweeps" class="gdpr-officer-only hidden" aria-selected="false" aria-controls="${el}-panel-sweeps" tabindex="-1">${msg("tab.sweeps")?html}</button>
            </div>

            <div id="${el}-status" class="gdpr-live" role="status" aria-live="polite"></div>
            <div id="${el}-error" class="gdpr-error hidden" role="alert"></div>
            <div id="${el}-dialog" class="gdpr-dialog hidden" role="dialog" aria-modal="false" aria-labelledby="${el}-dialog-title">
               <h3 id="${el}-dialog-title"></h3>
               <div id="${el}-dialog-body"></div>
               <div id="${el}-dialog-buttons" class="gdpr-dialog-buttons"></div>
            </div>

            <div id="${el}-panel-overview" role="tabpanel" aria-labelledby="${el}-tab-overview">
               <form class="gdpr-filters" id="${el}-filters" role="search" onsubmit="return false;">
                  <label for="${el}-filter-status">${msg("filter.status")?html}</label>
                  <select id="${el}-filter-status">
                     <option value="">${msg("filter.all")?html}</option>
                     <#list ["PENDING_START", "ACTIVE", "EXPIRING", "EXPIRED", "ON_HOLD", "PURGED"] as status>
                     <option value="${status}">${msg("status." + status)?html}</option>
                     </#list>
                  </select>
                  <label for="${el}-filter-type">${msg("filter.type")?html}</label>
                  <select id="${el}-filter-type"><option value="">${msg("filter.all")?html}</option></select>
                  <label for="${el}-filter-category">${msg("filter.category")?html}</label>
                  <select id="${el}-filter-category">
                     <option value="">${msg("filter.all")?html}</option>
                     <#list ["DOSSIER_TASKS_CONTACTS", "CERTIFICATES", "OTHER"] as category>
                     <option value="${category}">${msg("category." + category)?html}</option>
                     </#list>
                  </select>
                  <label for="${el}-filter-template">${msg("filter.template")?html}</label>
                  <select id="${el}-filter-template"><option value="">${msg("filter.all")?html}</option></select>
                  <label for="${el}-filter-expiry">${msg("filter.expiryBefore")?html}</label>
                  <input type="date" id="${el}-filter-expiry"/>
                  <label for="${el}-filter-text">${msg("filter.text")?html}</label>
                  <input type="search" id="${el}-filter-text" maxlength="256"/>
                  <button type="button" id="${el}-search">${msg("button.search")?html}</button>
                  <button type="button" id="${el}-reset">${msg("button.reset")?html}</button>
               </form>
               <div id="${el}-month-filter" class="gdpr-chip hidden"></div>

               <div class="gdpr-summary">
                  <div class="gdpr-totals">
                     <h4 id="${el}-totals-title">${msg("totals.title")?html}</h4>
                     <ul id="${el}-totals" aria-labelledby="${el}-totals-title"></ul>
                  </div>
                  <div class="gdpr-chart">
                     <h4 id="${el}-chart-title">${msg("chart.title")?html}</h4>
                     <div id="${el}-chart"></div>
                  </div>
               </div>

               <div class="gdpr-toolbar">
                  <label class="gdpr-select-all"><input type="checkbox" id="${el}-select-page"/> ${msg("select.page")?html}</label>
                  <button type="button" id="${el}-purge" class="gdpr-officer-only hidden" disabled="disabled">${msg("button.purge")?html}</button>
                  <a id="${el}-csv" class="gdpr-csv" href="#">${msg("button.csv")?html}</a>
               </div>
               <div id="${el}-table" class="gdpr-table"></div>
               <div id="${el}-paginator" class="gdpr-paginator"></div>
            </div>

            <div id="${el}-panel-requests" role="tabpanel" aria-labelledby="${el}-tab-requests" class="gdpr-officer-only hidden">
               <div id="${el}-requests"></div>
            </div>
            <div id="${el}-panel-sweeps" role="tabpanel" aria-labelledby="${el}-tab-sweeps" class="gdpr-officer-only hidden">
               <div id="${el}-sweeps"></div>
            </div>
         </div>
      </div>
   </@>
</@>
