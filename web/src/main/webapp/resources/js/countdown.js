// Ticks the queue's countdowns once a second while their clock runs (working hours, or round the clock).
// The server's figure, recounted on every refresh of the table, stays the reference.
(function () {
    function format(seconds) {
        var s = Math.abs(seconds);
        var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
        return (seconds < 0 ? "-" : "") + h + ":" + (m < 10 ? "0" : "") + m + ":" + (r < 10 ? "0" : "") + r;
    }
    setInterval(function () {
        document.querySelectorAll(".hd-countdown[data-running='true']").forEach(function (el) {
            var seconds = parseInt(el.getAttribute("data-seconds"), 10) - 1;
            el.setAttribute("data-seconds", seconds);
            el.textContent = format(seconds);
            if (seconds < 0) {
                el.classList.add("hd-overdue");
            }
        });
    }, 1000);
})();
