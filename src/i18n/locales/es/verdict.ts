// Spanish: a verdict in words (tú, neutral Spanish). Keys and placeholders: see
// ../en/verdict.ts. «Decodificar una dirección» and «Comprobar mi servidor» name the decoder
// and the server check.

import type { Catalog } from "../../message.ts";
import type en from "../en/verdict.ts";

export default {
  "headline.dual-stack": {
    own: "Tu red tiene IPv4 e IPv6 (doble pila).",
    shared: "Esta red tiene IPv4 e IPv6 (doble pila).",
  },
  "headline.ipv4-only": {
    own: "Tu red solo tiene IPv4, sin IPv6.",
    shared: "Esta red solo tiene IPv4, sin IPv6.",
  },
  "headline.ipv6-only-nat64": {
    own: "Tu red es solo IPv6; a los sitios que solo tienen IPv4 se llega a través de un traductor.",
    shared:
      "Esta red es solo IPv6; a los sitios que solo tienen IPv4 se llega a través de un traductor.",
  },
  "headline.ipv6-only-no-nat64": {
    own: "Tu red es solo IPv6 y no se puede llegar a los sitios que solo tienen IPv4.",
    shared: "Esta red es solo IPv6 y no se puede llegar a los sitios que solo tienen IPv4.",
  },
  "headline.ipv6-broken": {
    own: "Tu red tiene IPv6, pero no funciona bien.",
    shared: "Esta red tiene IPv6, pero no funciona bien.",
  },
  "headline.offline": {
    own: "Este dispositivo no pudo llegar a ningún servidor de prueba.",
    shared: "Ese dispositivo no pudo llegar a ningún servidor de prueba.",
  },
  "headline.captive-portal": {
    own: "Tu red está interceptando el tráfico web (una página de inicio de sesión o un filtro).",
    shared:
      "Esta red está interceptando el tráfico web (una página de inicio de sesión o un filtro).",
  },
  "headline.inconclusive": "La prueba no pudo determinar qué tipo de red es esta.",

  "short.dual-stack": "Doble pila",
  "short.ipv4-only": "Solo IPv4",
  "short.ipv6-only-nat64": "Solo IPv6 con NAT64",
  "short.ipv6-only-no-nat64": "Solo IPv6, sin NAT64",
  "short.ipv6-broken": "IPv6 con fallos",
  "short.offline": "Sin conexión",
  "short.captive-portal": "Portal cautivo",
  "short.inconclusive": "Sin resultado claro",

  "confidence.high": "Certeza: alta",
  "confidence.medium": "Certeza: media",
  "confidence.low": "Certeza: baja (lee las notas de abajo)",

  "status.working": "Funciona con normalidad",
  "status.catch": "Funciona, con una salvedad",
  "status.problem": "Hay un problema",
  "status.unknown": "No se pudo saber",
  uncertain:
    "Este resultado no es seguro: la prueba no pudo descartar todos los demás tipos de red.",
  "plain.nothing-to-do": "Nada.",
  "plain.dual-stack.works":
    "Los sitios web y las apps funcionan, usen el IPv4 de siempre o el IPv6 más nuevo.",
  "plain.ipv4-only.works": {
    own: "Los sitios web y las apps funcionan: casi todos siguen usando IPv4, y tu red lo tiene.",
    shared:
      "Los sitios web y las apps funcionan: casi todos siguen usando IPv4, y esta red lo tiene.",
  },
  "plain.ipv4-only.fails":
    "No se puede llegar a los servicios que solo usan el IPv6 más nuevo, aunque todavía son pocos.",
  "plain.nat64.works": "Los sitios web y la mayoría de las apps funcionan.",
  "plain.nat64-clat.fails":
    "Una VPN configurada para IPv4 puede enviar aquí parte del tráfico por fuera del túnel; «Detalles para VPN y apps» explica cómo arreglarlo.",
  "plain.nat64-no-clat.fails": {
    own: "Las apps que se conectan directamente a una dirección IPv4 no funcionan en este dispositivo: algunos juegos, apps de llamadas y VPN.",
    shared:
      "Las apps que se conectan directamente a una dirección IPv4 no funcionan en ese dispositivo: algunos juegos, apps de llamadas y VPN.",
  },
  "plain.nat64-clat-unknown.fails":
    "Puede que no funcionen las apps que se conectan directamente a una dirección IPv4: algunos juegos, apps de llamadas y VPN.",
  "plain.nat64-synthesis.fails":
    "Puede que no funcionen unas pocas apps que se conectan directamente a una dirección IPv4: algunos juegos, apps de llamadas y VPN.",
  "plain.nat64.todo":
    "Solo si una app o una VPN no funciona: pruébala en otra red (por ejemplo, una wifi) y avisa a quien hace la app o gestiona la VPN.",
  "plain.nat64-no-clat.todo": {
    own: "Si una app que necesitas no funciona, úsala en otra red (por ejemplo, una wifi) y pide a tu operador móvil o a tu proveedor de wifi que lo arregle. Puedes decirle:",
    shared:
      "Si una app necesaria no funciona, otra red (por ejemplo, una wifi) ayuda; el operador móvil o el proveedor de wifi puede arreglarlo. Se le puede decir:",
  },
  "plain.nat64-no-clat.quote":
    "Mi conexión es solo IPv6 con NAT64, pero mi dispositivo no tiene 464XLAT (CLAT), así que fallan las apps que se conectan a direcciones IPv4. ¿Pueden activar 464XLAT en mi línea?",
  "plain.no-nat64.works": "Los sitios web y las apps que admiten IPv6 funcionan.",
  "plain.no-nat64.fails":
    "No se puede llegar a nada que solo tenga IPv4: todavía muchos sitios web, juegos y VPN.",
  "plain.no-nat64.todo": {
    own: "Usa otra red por ahora (por ejemplo, los datos móviles u otra wifi) y pide a tu operador móvil o a tu proveedor de wifi que lo arregle. Puedes decirle:",
    shared:
      "Por ahora sirve otra red (por ejemplo, los datos móviles u otra wifi); el operador móvil o el proveedor de wifi puede arreglarlo. Se le puede decir:",
  },
  "plain.no-nat64.quote":
    "Mi conexión solo tiene IPv6 y no tiene NAT64/DNS64, así que no puedo llegar a los sitios web que solo tienen IPv4. Por favor, activen NAT64 y DNS64.",
  "plain.no-dns64.todo": {
    own: "Si pusiste un servidor DNS a mano (por ejemplo, 1.1.1.1 u 8.8.8.8), vuelve a poner el DNS en automático. Si no, pide a tu operador móvil o a tu proveedor de wifi que lo arregle. Puedes decirle:",
    shared:
      "Si se puso un servidor DNS a mano (por ejemplo, 1.1.1.1 u 8.8.8.8), volver al DNS automático lo arregla. Si no, puede arreglarlo el operador móvil o el proveedor de wifi. Se le puede decir:",
  },
  "plain.no-dns64.quote":
    "Mi conexión es solo IPv6. Su NAT64 funciona, pero el servidor DNS no traduce los nombres de los sitios web que solo tienen IPv4 (no hay DNS64).",
  "plain.ipv6-broken.works": "Los sitios web y las apps siguen funcionando, por IPv4.",
  "plain.ipv6-broken.fails":
    "Muchos tardan en arrancar, porque primero prueban IPv6 y falla o se queda colgado.",
  "plain.ipv6-broken.todo": {
    own: "Reinicia tu router. Si vuelve a pasar, avisa a tu proveedor de internet. Puedes decirle:",
    shared:
      "Reiniciar el router puede ayudar. Si vuelve a pasar, el proveedor de internet puede arreglarlo. Se le puede decir:",
  },
  "plain.ipv6-broken.quote":
    "El IPv6 de mi conexión no funciona bien: las conexiones IPv6 se cuelgan o fallan, así que los sitios web tardan en cargar. Por favor, revisen el IPv6 de mi línea.",
  "plain.offline.fails": {
    own: "Este dispositivo no pudo llegar a la prueba.",
    shared: "Ese dispositivo no pudo llegar a la prueba.",
  },
  "plain.offline.todo":
    "Comprueba que la wifi o los datos móviles estén activados y vuelve a probar. Si otros sitios web funcionan, esta red bloquea la prueba.",
  "plain.captive-portal.fails":
    "Algo en esta red responde en lugar de los sitios web, normalmente una página de inicio de sesión.",
  "plain.captive-portal.todo":
    "Abre cualquier sitio web, inicia sesión en la red y vuelve a probar.",
  "plain.relayed.fails": {
    own: "La prueba pasó por una VPN, un proxy o un relé de privacidad, así que vio la red de ese servicio, no la tuya.",
    shared:
      "La prueba pasó por una VPN, un proxy o un relé de privacidad, así que vio la red de ese servicio, no la de quien la envió.",
  },
  "plain.relayed.todo": "Desactiva la VPN, el proxy o el relé y vuelve a probar.",
  "plain.undecidable.works": "Los sitios web funcionan, tanto los de IPv4 como los de IPv6.",
  "plain.undecidable.fails": {
    own: "En este navegador no se pudo saber si funcionan las apps que se conectan directamente a una dirección IPv4.",
    shared:
      "En ese navegador no se pudo saber si funcionan las apps que se conectan directamente a una dirección IPv4.",
  },
  "plain.undecidable.todo":
    "Solo si una app o una VPN no funciona: vuelve a probar con Chrome, Edge o Firefox en un ordenador de esta red.",
  "plain.not-set-up.fails":
    "Este sitio no pudo hacer aquí todas sus pruebas, así que no puede saberlo.",
  "plain.not-set-up.todo": "Vuelve a probar más tarde o avisa a quien gestiona este sitio.",
  "plain.unexplained.fails":
    "Las pruebas dieron una mezcla de respuestas que no encaja con ningún tipo de red conocido.",
  "plain.unexplained.todo": {
    own: "Vuelve a probar dentro de un minuto. Si sigue sin estar claro, envía el resultado a tu servicio de soporte.",
    shared: "Volver a probar más tarde puede ayudar.",
  },

  "meaning.dual-stack.apps": "Todos los sitios web y apps deberían funcionar, usen IPv4 o IPv6.",
  "meaning.dual-stack.vpn":
    "Las VPN funcionan tal como están configuradas; si tu servidor VPN tiene IPv6, añade también su red IPv6 a AllowedIPs para que ningún tráfico se salte el túnel.",
  "meaning.ipv4-only.apps":
    "Hoy funcionan todos los sitios web y apps, porque casi todos siguen ofreciendo IPv4.",
  "meaning.ipv4-only.ipv6":
    "No puedes llegar a servicios que solo tienen IPv6; algunos juegos y apps entre pares (P2P) pueden conectarse de forma menos directa.",
  "meaning.ipv6-only-nat64.apps": {
    own: "Los sitios web y la mayoría de las apps funcionan: a los sitios que solo tienen IPv4 se llega a través del traductor de tu operador.",
    shared:
      "Los sitios web y la mayoría de las apps funcionan: a los sitios que solo tienen IPv4 se llega a través del traductor de la red.",
  },
  "meaning.ipv6-only-nat64.no-clat": {
    own: "Las apps que se conectan directamente a direcciones IPv4 (algunos juegos y apps antiguas de VPN y de llamadas) fallan, porque este dispositivo no tiene un CLAT que las traduzca.",
    shared:
      "Las apps que se conectan directamente a direcciones IPv4 (algunos juegos y apps antiguas de VPN y de llamadas) fallan, porque ese dispositivo no tiene un CLAT que las traduzca.",
  },
  "meaning.ipv6-only-nat64.clat": {
    own: "Las apps que usan directamente direcciones IPv4 siguen funcionando, porque este dispositivo las traduce por sí mismo (464XLAT).",
    shared:
      "Las apps que usan directamente direcciones IPv4 siguen funcionando, porque ese dispositivo las traduce por sí mismo (464XLAT).",
  },
  "meaning.ipv6-only-nat64.synthesis": {
    own: "Las apps que usan las funciones de red del sistema (Safari y la mayoría de las apps) también llegan a direcciones IPv4 directas, porque el sistema de este dispositivo las traduce; las apps que abren sus propios sockets IPv4 (algunos juegos y apps de VPN y de llamadas) fallan, salvo que el dispositivo tenga además un CLAT (464XLAT).",
    shared:
      "Las apps que usan las funciones de red del sistema (Safari y la mayoría de las apps) también llegan a direcciones IPv4 directas, porque el sistema de ese dispositivo las traduce; las apps que abren sus propios sockets IPv4 (algunos juegos y apps de VPN y de llamadas) fallan, salvo que el dispositivo tenga además un CLAT (464XLAT).",
  },
  "meaning.ipv6-only-nat64.clat-unknown": {
    own: "Las apps que se conectan directamente a direcciones IPv4 pueden fallar, salvo que este dispositivo las traduzca por sí mismo (464XLAT).",
    shared:
      "Las apps que se conectan directamente a direcciones IPv4 pueden fallar, salvo que ese dispositivo las traduzca por sí mismo (464XLAT).",
  },
  "meaning.ipv6-only-nat64.vpn":
    "VPN: un servidor VPN indicado con un nombre que solo tiene IPv4 se resuelve a una dirección sintetizada {inside} (en el prefijo conocido, {example} equivale a {exampleIpv4}). Si los AllowedIPs de tu VPN solo incluyen IPv4, ese tráfico puede saltarse el túnel o romperlo. Solución: dale al servidor VPN una dirección IPv6 y un registro AAAA, y añade la IPv6 del servidor (o la dirección sintetizada) a AllowedIPs. «Comprobar mi servidor», más abajo, calcula la línea exacta.",
  "meaning.inside-prefix": "dentro de {prefix}",
  "meaning.inside-unknown-prefix": {
    own: "dentro del prefijo NAT64 de tu red",
    shared: "dentro del prefijo NAT64 de esta red",
  },
  "meaning.ipv6-only-no-nat64.apps":
    "Funcionan los sitios y apps que tienen IPv6; no se puede llegar a nada que solo tenga IPv4 (todavía muchos sitios, juegos y servidores VPN).",
  "meaning.ipv6-only-no-nat64.ask": {
    own: "Pide al operador de tu red que active NAT64/DNS64, o usa una red con IPv4.",
    shared: "Hay que pedir al operador de la red que active NAT64/DNS64, o usar una red con IPv4.",
  },
  "meaning.ipv6-broken.apps":
    "Todo sigue funcionando por IPv4, pero las apps pueden quedarse unos segundos en pausa antes de renunciar a IPv6.",
  "meaning.ipv6-broken.restart":
    "Reinicia tu router; si sigue pasando, avisa a tu proveedor de internet de que IPv6 no funciona (envíale el enlace a los resultados).",
  "meaning.offline.check":
    "Comprueba que el wifi o los datos móviles estén activados y vuelve a hacer la prueba.",
  "meaning.offline.blocked":
    "Si otros sitios funcionan, algo en esta red está bloqueando los servidores de prueba.",
  "meaning.captive-portal.login":
    "Abre cualquier sitio web, completa la página de inicio de sesión de la red y vuelve a hacer la prueba.",
  "meaning.captive-portal.proxy":
    "Si no aparece ninguna página de inicio de sesión, un proxy o filtro de esta red está modificando el tráfico web.",
  "meaning.inconclusive.how":
    "En «Cómo lo sabemos», más abajo, se explica qué no pudo determinar la prueba y qué puede averiguarlo.",
  "meaning.inconclusive.again":
    "Si sigue sin estar claro, vuelve a hacer la prueba más tarde o comparte el resultado con tu servicio de asistencia.",

  "reason.intercepted":
    "En {count} de {total} servidores de prueba respondió otra cosa (por ejemplo, una página de inicio de sesión), así que la red está interceptando el tráfico web.",
  "reason.sign-in-to-network":
    "Inicia sesión en la red (abre cualquier página web y sigue la página de inicio de sesión) y vuelve a hacer la prueba.",
  "reason.no-probes-here":
    "Aquí no se pudo ejecutar ninguna prueba: esta instalación no configura pruebas que esta página pueda alcanzar en su modo actual.",
  "reason.nothing-reached": {
    own: "No se pudo llegar a ninguno de los {total} servidores de prueba: parece que este dispositivo no tiene conexión a internet en este momento.",
    shared:
      "No se pudo llegar a ninguno de los {total} servidores de prueba: parece que ese dispositivo no tenía conexión a internet en ese momento.",
  },
  "reason.relayed": {
    own: "Tu tráfico llega a los servidores de prueba a través de un intermediario (un proxy, un relé de privacidad o una VPN): un servidor de prueba que solo tiene IPv6 vio una dirección IPv4, o al revés. La prueba ve la red del intermediario, no la tuya.",
    shared:
      "El tráfico llegaba a los servidores de prueba a través de un intermediario (un proxy, un relé de privacidad o una VPN): un servidor de prueba que solo tiene IPv6 vio una dirección IPv4, o al revés. La prueba vio la red del intermediario, no la de ese dispositivo.",
  },
  "reason.turn-off-relay":
    "Desactiva el proxy, el relé o la VPN y vuelve a hacer la prueba para probar tu propia red.",
  "reason.ipv6-only-with-nat64": {
    own: "IPv6 funciona, y a los sitios que solo tienen IPv4 se llega a través del traductor de tu red (DNS64 + NAT64): tu red es solo IPv6.",
    shared:
      "IPv6 funciona, y a los sitios que solo tienen IPv4 se llega a través del traductor de esta red (DNS64 + NAT64): esta red es solo IPv6.",
  },
  "reason.nat64-prefix": "El traductor usa el prefijo {prefix}.",
  "reason.nat64-prefix-unproven":
    "Desde esta página no se pudo demostrar el prefijo del traductor (no es el conocido {wkp} o no se probó). Para verlo, ejecuta «dig AAAA ipv4only.arpa» en un ordenador de esta red y pega el resultado en «Decodificar una dirección».",
  "reason.literal-synthesis": {
    own: "Las direcciones IPv4 escritas como números funcionan en este navegador porque el sistema de este dispositivo las traduce para las apps que usan sus interfaces de red (la síntesis de direcciones NAT64 de Apple). Las apps que usan sus propios sockets IPv4 (algunos juegos y apps de VPN y de llamadas) no reciben esa traducción; solo un CLAT (464XLAT) las llevaría.",
    shared:
      "Las direcciones IPv4 escritas como números funcionan en ese navegador porque el sistema de ese dispositivo las traduce para las apps que usan sus interfaces de red (la síntesis de direcciones NAT64 de Apple). Las apps que usan sus propios sockets IPv4 (algunos juegos y apps de VPN y de llamadas) no reciben esa traducción; solo un CLAT (464XLAT) las llevaría.",
  },
  "reason.clat-by-literal": {
    own: "Las direcciones IPv4 escritas como números siguen funcionando: tu dispositivo las traduce por sí mismo (464XLAT, un CLAT) y las envía a través del NAT64.",
    shared:
      "Las direcciones IPv4 escritas como números siguen funcionando: ese dispositivo las traduce por sí mismo (464XLAT, un CLAT) y las envía a través del NAT64.",
  },
  "reason.clat-by-stun": {
    own: "WebRTC también llegó al servidor STUN por su dirección IPv4: tu dispositivo tiene un CLAT (464XLAT).",
    shared:
      "WebRTC también llegó al servidor STUN por su dirección IPv4: ese dispositivo tiene un CLAT (464XLAT).",
  },
  "reason.no-clat-by-literal": {
    own: "Las direcciones IPv4 escritas como números no funcionan: este dispositivo no tiene CLAT (464XLAT), así que fallan las apps que usan directamente direcciones IPv4.",
    shared:
      "Las direcciones IPv4 escritas como números no funcionan: ese dispositivo no tiene CLAT (464XLAT), así que fallan las apps que usan directamente direcciones IPv4.",
  },
  "reason.no-clat-by-stun": {
    own: "WebRTC no obtuvo respuesta de la dirección IPv4 del servidor STUN, y este navegador prueba todas las conexiones de red: este dispositivo no tiene CLAT (464XLAT), así que fallan las apps que usan directamente direcciones IPv4.",
    shared:
      "WebRTC no obtuvo respuesta de la dirección IPv4 del servidor STUN, y ese navegador prueba todas las conexiones de red: ese dispositivo no tiene CLAT (464XLAT), así que fallan las apps que usan directamente direcciones IPv4.",
  },
  "reason.clat-unknown": {
    own: "En este navegador no se puede saber si este dispositivo traduce IPv4 por sí mismo (464XLAT, un CLAT): {gaps}.",
    shared:
      "En ese navegador no se podía saber si ese dispositivo traduce IPv4 por sí mismo (464XLAT, un CLAT): {gaps}.",
  },
  "reason.mtu-black-hole":
    "Las peticiones pequeñas funcionan, pero una respuesta más grande nunca llegó: se están perdiendo los paquetes grandes (un agujero negro de MTU en la ruta).",
  "reason.ipv6-slow":
    "IPv6 respondió, pero solo después de {v6} s, mientras que IPv4 tardó {v4} s.",
  "reason.ipv6-times-out": {
    own: "Tu dispositivo tiene IPv6 e intenta usarlo, pero las conexiones IPv6 no obtienen respuesta; las apps recurren a IPv4 tras una espera.",
    shared:
      "Ese dispositivo tiene IPv6 e intenta usarlo, pero las conexiones IPv6 no obtienen respuesta; las apps recurren a IPv4 tras una espera.",
  },
  "reason.ipv6-broken-apps-wait":
    "Los sitios web y las apps siguen funcionando, pero algunos tardarán en arrancar mientras esperan a IPv6.",
  "reason.ipv4-not-tested":
    "IPv6 funciona. No hay configurado ningún servidor de prueba que solo tenga IPv4, así que no se probó si se puede llegar a los sitios que solo tienen IPv4.",
  "reason.no-dns64": {
    own: "IPv6 funciona, pero no se puede llegar por su nombre a los sitios que solo tienen IPv4: tu red tiene un traductor NAT64, pero el servidor DNS que usa este dispositivo no dirige los nombres hacia él (no hay DNS64).",
    shared:
      "IPv6 funciona, pero no se puede llegar por su nombre a los sitios que solo tienen IPv4: esta red tiene un traductor NAT64, pero el servidor DNS que usa ese dispositivo no dirige los nombres hacia él (no hay DNS64).",
  },
  "reason.use-network-dns": {
    own: "Si configuraste un servidor DNS a mano (por ejemplo, 1.1.1.1 u 8.8.8.8), vuelve al DNS de tu red o usa un servicio DNS64 como el de Google, {dns64}.",
    shared:
      "Si se configuró un servidor DNS a mano (por ejemplo, 1.1.1.1 u 8.8.8.8), hay que volver al DNS de esta red o usar un servicio DNS64 como el de Google, {dns64}.",
  },
  "reason.no-nat64": {
    own: "IPv6 funciona, pero no se puede llegar a los sitios que solo tienen IPv4: tu red es solo IPv6 y no tiene traductor NAT64 (o no funciona).",
    shared:
      "IPv6 funciona, pero no se puede llegar a los sitios que solo tienen IPv4: esta red es solo IPv6 y no tiene traductor NAT64 (o no funciona).",
  },
  "reason.both-reachable":
    "Se puede llegar tanto a los sitios que solo tienen IPv4 como a los que solo tienen IPv6.",
  "reason.nat64-unused": {
    own: "Tu red también ofrece un traductor NAT64, pero tu propio tráfico IPv4 no lo usa.",
    shared:
      "Esta red también ofrece un traductor NAT64, pero el tráfico IPv4 de ese dispositivo no lo usa.",
  },
  "reason.cannot-tell-native-ipv4": {
    own: "Pero esta prueba no puede saber si tu red tiene IPv4 de verdad o si es solo IPv6 con un traductor (DNS64 + NAT64) que usa su propio prefijo, porque {gaps}.",
    shared:
      "Pero esta prueba no puede saber si esta red tiene IPv4 de verdad o si es solo IPv6 con un traductor (DNS64 + NAT64) que usa su propio prefijo, porque {gaps}.",
  },
  "reason.how-to-find-out": "Para averiguarlo, {fixes}.",
  "reason.dual-stack": {
    own: "Tu red tiene IPv4 e IPv6, y ambos funcionan.",
    shared: "Esta red tiene IPv4 e IPv6, y ambos funcionan.",
  },
  "reason.maybe-clat":
    "No es del todo seguro: un teléfono que traduce IPv4 por sí mismo en una red solo IPv6 (464XLAT) se ve igual en esta prueba. En el uso diario, ambos se comportan igual.",
  "reason.maybe-own-prefix":
    "No es seguro: una red solo IPv6 cuyo traductor usa su propio prefijo se ve igual en esta prueba. En un ordenador de esta red, ejecuta «dig AAAA ipv4only.arpa» y pega el resultado en «Decodificar una dirección»: si no hay respuesta IPv6, no hay traductor.",
  "reason.ipv6-not-tested":
    "IPv4 funciona. No hay configurado ningún servidor de prueba IPv6, así que IPv6 no se probó.",
  "reason.ipv4-only": {
    own: "Tu red solo tiene IPv4. Hoy todo funciona, porque casi todos los sitios siguen teniendo IPv4.",
    shared:
      "Esta red solo tiene IPv4. Hoy todo funciona, porque casi todos los sitios siguen teniendo IPv4.",
  },
  "reason.unexplained":
    "Algunas pruebas funcionaron y otras no, con un patrón que no corresponde a ningún tipo de red conocido. Vuelve a intentarlo o comparte los resultados con tu servicio de asistencia.",
  "reason.set-aside": {
    one: "En {count} servidor de prueba respondió algo distinto del servicio de eco (un proxy o un filtro); ese resultado se deja fuera.",
    other:
      "En {count} servidores de prueba respondió algo distinto del servicio de eco (un proxy o un filtro); esos resultados se dejan fuera.",
  },
  "reason.reasons-not-shown":
    "Las mediciones de este enlace no llevan al resultado que indica, así que no se muestran los motivos. Puede que el enlace se haya modificado o que lo haya creado otra versión de esta prueba.",
  "reason.reasons-not-shown-removed":
    "Quien lo envió quitó sus direcciones IP, y los motivos de este resultado dependen de ellas, así que no se muestran.",

  "gap.literal-not-tested": "este sitio no prueba una dirección IPv4 escrita como número",
  "gap.literal-blocked-on-https": {
    own: "esta página https:// no puede probar una dirección IPv4 escrita como número (los navegadores bloquean desde ella las peticiones HTTP sin cifrar)",
    shared:
      "esa página https:// no podía probar una dirección IPv4 escrita como número (los navegadores bloquean desde ella las peticiones HTTP sin cifrar)",
  },
  "gap.literal-timed-out": "la dirección IPv4 escrita como número no respondió a tiempo",
  "gap.literal-answered-by-other": "en la dirección IPv4 escrita como número respondió otra cosa",
  "gap.literal-works-either-way": {
    own: "en este dispositivo una dirección IPv4 escrita como número funciona en cualquier caso (el sistema la traduce)",
    shared:
      "en ese dispositivo una dirección IPv4 escrita como número funciona en cualquier caso (el sistema la traduce)",
  },
  "gap.literal-shows-synthesis":
    "aquí una dirección IPv4 que funciona muestra la traducción del sistema, no un CLAT",
  "gap.no-webrtc": {
    own: "este navegador no tiene WebRTC",
    shared: "ese navegador no tiene WebRTC",
  },
  "gap.no-webrtc-test": "este sitio no tiene prueba de WebRTC",
  "gap.webrtc-failed": "WebRTC no pudo arrancar",
  "gap.no-ice-errors": {
    own: "este navegador no informa de los errores de resolución de nombres de WebRTC",
    shared: "ese navegador no informa de los errores de resolución de nombres de WebRTC",
  },
  "gap.webrtc-no-answer": "la prueba de WebRTC no obtuvo respuesta",
  "gap.stun-literal-untraced":
    "WebRTC llegó a la dirección IPv4 de prueba por un camino que la prueba no puede rastrear",
  "gap.gathers-default-interface": {
    own: "el WebRTC de este navegador solo usa la conexión de red predeterminada, así que una dirección IPv4 de prueba no obtiene respuesta, haya o no un CLAT",
    shared:
      "el WebRTC de ese navegador solo usa la conexión de red predeterminada, así que una dirección IPv4 de prueba no obtiene respuesta, haya o no un CLAT",
  },
  "gap.gathering-unknown": {
    own: "este navegador no deja ver si su WebRTC usaría una conexión IPv4 que el propio dispositivo traduce",
    shared:
      "ese navegador no deja ver si su WebRTC usaría una conexión IPv4 que el propio dispositivo traduce",
  },
  "gap.join": " y ",
  "fix.open-http-page": "abre la versión http:// de esta página",
  "fix.other-browser": "haz la prueba en Chrome, Edge o Firefox",
  "fix.other-device":
    "haz la prueba en Chrome, Edge o Firefox en un ordenador o un teléfono Android de esta red",
  "fix.chrome-on-this-device": {
    own: "Chrome o Edge en este dispositivo pueden saberlo",
    shared: "Chrome o Edge en ese dispositivo pueden saberlo",
  },
  "fix.chrome-on-a-mac":
    "en un Mac, Chrome o Edge pueden saberlo; en un iPhone o iPad, ningún navegador puede",
  "fix.dig":
    "en un ordenador de esta red, ejecuta «dig AAAA ipv4only.arpa» y pega el resultado en «Decodificar una dirección»: una respuesta IPv6 significa que hay un traductor",
  "fix.join": "; ",
  "fix.joinOr": "; o ",
  "fix.sentence": "{fixes}.",

  "evidence.same-exit-as-nat64":
    "El servidor de prueba que solo tiene IPv4 vio {ip}, de la misma red que {targetIp}, la dirección que vio el destino al que solo se llega por NAT64 ({prefix}).",
  "evidence.literal-refused":
    "El nombre que solo tiene IPv4 funcionó, pero la dirección IPv4 del mismo servidor escrita como número no: DNS64 tradujo el nombre.",
  "evidence.stun-name-only":
    "WebRTC llegó al servidor STUN que solo tiene IPv4 por su nombre, a través de una dirección IPv6 sintetizada, y de ningún modo por su dirección IPv4.",
  "evidence.stun-dns64":
    "WebRTC: el resolvedor devolvió una dirección IPv6 para un nombre que solo tiene una dirección IPv4 (DNS64).",
  "evidence.nat64-reachable":
    "Desde esta red se llega a un NAT64 en {prefix} (el destino vio {ip}).",

  "engine.chromium": "Chromium (Chrome, Edge, Samsung Internet…)",
  "engine.firefox": "Firefox (Gecko)",
  "engine.webkit": "WebKit (Safari y cualquier navegador de iPhone y iPad…)",
  "engine.unknown": "no reconocido",
  "engine.webrtc-yes": "sí",
  "engine.webrtc-no": "no: las pruebas de WebRTC no se pudieron ejecutar",
  "engine.ice-errors-yes": "sí",
  "engine.ice-errors-no": "no: un nombre que no se resuelve pasa desapercibido",
  "engine.unknown-value": "desconocido",
  "engine.every-interface": "todas las conexiones de red",
  "engine.default-interface":
    "solo la conexión de red predeterminada (así que su silencio ante una dirección IPv4 no dice nada sobre un CLAT)",
  "engine.gathering-observed": "{gathering} (observado en esta prueba)",
  "engine.gathering-engine": "{gathering} (así funciona este motor, según se sabe)",
  "engine.literal-synthesis":
    "el sistema las hace funcionar en redes solo IPv6 con NAT64 (Apple), así que una que funcione no demuestra que haya IPv4 propio",
  "engine.literal-as-is": "se usan tal cual",
  "literal-synthesis-fact": {
    own: "funcionan: el sistema de este dispositivo las traduce para las apps que usan sus funciones de red; las apps con sus propios sockets IPv4 siguen fallando sin un CLAT",
    shared:
      "funcionan: el sistema de ese dispositivo las traduce para las apps que usan sus funciones de red; las apps con sus propios sockets IPv4 siguen fallando sin un CLAT",
  },
} satisfies Catalog<typeof en>;
