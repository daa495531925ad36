/**
 * Retention overview dashlet: reads the dashlet's saved settings (page size, default filters). The browser loads all
 * data from the REST API, and the summary it loads once per page anyway (callerIsOfficer) decides the officer-only
 * controls. The only call here is Share's own check on a site dashboard: whether the user is a site manager, who alone
 * is offered the dashlet's configuration.
 */
var STATUSES = ["PENDING_START", "ACTIVE", "EXPIRING", "EXPIRED", "ON_HOLD", "PURGED"];
var PAGE_SIZES = [10, 25, 50, 100];

/** A saved page size, or 25 when it is missing or not one the configuration offers. */
function pageSize(value)
{
   var size = parseInt(value, 10);
   for (var i = 0; i < PAGE_SIZES.length; i++)
   {
      if (PAGE_SIZES[i] === size)
      {
         return size;
      }
   }
   return 25;
}

/** A saved status filter, or "" (all) when it is not a status the API knows. */
function status(value)
{
   var text = value == null ? "" : String(value);
   for (var i = 0; i < STATUSES.length; i++)
   {
      if (STATUSES[i] === text)
      {
         return text;
      }
   }
   return "";
}

/** A saved template filter: a node id (letters, digits, dashes), or "" when it is anything else. */
function template(value)
{
   var text = value == null ? "" : String(value);
   return /^[A-Za-z0-9-]{1,64}$/.test(text) ? text : "";
}

/**
 * Whether the user may change the dashlet's settings: on their own dashboard always, on a site dashboard only as a
 * site manager (the settings are stored with the site's dashboard, which only managers may change; Share's own
 * dashlets ask the same).
 */
function canConfigure(siteId)
{
   if (!siteId)
   {
      return true;
   }
   var result = remote.call("/api/sites/" + encodeURIComponent(siteId) + "/memberships/" + encodeURIComponent(user.name));
   if (result.status.code != 200)
   {
      return false;
   }
   try
   {
      return JSON.parse(String(result.response)).role == "SiteManager";
   }
   catch (e)
   {
      return false;
   }
}

function main()
{
   // The title bar's "configure" action fires this event, which the .ftl creates and the dashlet listens to.
   var configureEvent = "gdprRetentionConfigure" + String(args.htmlid).replace(/-/g, "_");
   var siteId = (page.url.templateArgs.site != null) ? String(page.url.templateArgs.site) : "";

   var actions = [];
   if (canConfigure(siteId))
   {
      actions.push({
         cssClass: "edit",
         eventOnClick: { _alfValue: configureEvent, _alfType: "REFERENCE" },
         tooltip: msg.get("dashlet.configure.tooltip")
      });
   }
   actions.push({
      cssClass: "help",
      bubbleOnClick: { message: msg.get("dashlet.help") },
      tooltip: msg.get("dashlet.help.tooltip")
   });

   model.configureEvent = configureEvent;
   model.widgets = [
      {
         id: "RetentionOverview",
         name: "GdprRetention.dashlet.RetentionOverview",
         options: {
            siteId: siteId,
            componentId: String(instance.object.id),
            configureEvent: configureEvent,
            pageSize: pageSize(args.pageSize),
            defaultStatus: status(args.status),
            defaultTemplate: template(args.template)
         }
      },
      {
         id: "DashletResizer",
         name: "Alfresco.widget.DashletResizer",
         initArgs: ["\"" + args.htmlid + "\"", "\"" + instance.object.id + "\""],
         useMessages: false
      },
      {
         id: "DashletTitleBarActions",
         name: "Alfresco.widget.DashletTitleBarActions",
         useMessages: false,
         options: {
            actions: actions
         }
      }
   ];
}

main();
