// Dopamine — one small script that only enhances: search suggestions as an ARIA 1.2 combobox, source and
// glossary popovers on hover and keyboard focus, and "/" to jump to search. Without it every link, form,
// citation and glossary term still works.
(() => {
  'use strict';

  const debounce = (fn, ms) => {
    let timer;
    return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
  };

  // ---- Search suggestions: combobox with a listbox popup (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/)
  function enhanceSearch(form, index) {
    const input = form.querySelector('input[type="search"]');
    if (!input) return;
    const list = document.createElement('ul');
    list.id = `suggestions-${index}`;
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Suggested pages');
    list.hidden = true;
    form.appendChild(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);

    let options = [];
    let active = -1;
    let latest = 0;

    const close = () => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    };

    const highlight = (i) => {
      options.forEach((o, n) => o.setAttribute('aria-selected', String(n === i)));
      active = i;
      if (i >= 0) input.setAttribute('aria-activedescendant', options[i].id);
      else input.removeAttribute('aria-activedescendant');
    };

    const show = (suggestions) => {
      list.replaceChildren();
      options = suggestions.map((s, n) => {
        const li = document.createElement('li');
        li.id = `${list.id}-${n}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.url = s.url;
        li.textContent = s.title;
        li.addEventListener('mousedown', (e) => { e.preventDefault(); window.location.assign(s.url); });
        list.appendChild(li);
        return li;
      });
      if (options.length === 0) { close(); return; }
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight(-1);
    };

    const fetchSuggestions = debounce(async () => {
      const q = input.value.trim();
      const request = ++latest;
      if (q.length < 2) { close(); return; }
      try {
        const response = await fetch(`/api/suggest?q=${encodeURIComponent(q)}`, { headers: { Accept: 'application/json' } });
        if (!response.ok || request !== latest) return;
        show((await response.json()).suggestions);
      } catch {
        close(); // offline or server gone: the form still submits to /search
      }
    }, 120);

    input.addEventListener('input', fetchSuggestions);
    input.addEventListener('blur', () => setTimeout(close, 100));
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' && options.length) {
        e.preventDefault();
        if (list.hidden) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); }
        highlight((active + 1) % options.length);
      } else if (e.key === 'ArrowUp' && options.length) {
        e.preventDefault();
        highlight(active <= 0 ? options.length - 1 : active - 1);
      } else if (e.key === 'Enter' && active >= 0 && !list.hidden) {
        e.preventDefault();
        window.location.assign(options[active].dataset.url);
      } else if (e.key === 'Escape') {
        if (!list.hidden) { e.preventDefault(); close(); } else { input.value = ''; }
      }
    });
  }

  document.querySelectorAll('form.search-form').forEach(enhanceSearch);

  // ---- Popovers for citation markers and glossary terms, on hover and on keyboard focus
  const popover = document.createElement('div');
  popover.id = 'popover';
  popover.className = 'popover';
  popover.setAttribute('role', 'tooltip');
  popover.hidden = true;
  document.body.appendChild(popover);
  let owner = null;

  const hide = () => {
    if (owner) owner.removeAttribute('aria-describedby');
    owner = null;
    popover.hidden = true;
  };

  const place = (el) => {
    const box = el.getBoundingClientRect();
    const width = Math.min(360, window.innerWidth - 16);
    popover.style.maxWidth = `${width}px`;
    const left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + window.innerWidth - width - 8));
    popover.style.left = `${left}px`;
    popover.style.top = `${box.bottom + window.scrollY + 6}px`;
  };

  const showFor = (el, fill) => {
    if (owner === el) return;
    hide();
    popover.replaceChildren();
    fill(popover);
    owner = el;
    el.setAttribute('aria-describedby', popover.id);
    popover.hidden = false;
    place(el);
  };

  const sourceCard = (link) => document.getElementById(link.getAttribute('href').slice(1));

  document.querySelectorAll('sup.cite a[href^="#source-"]').forEach((link) => {
    const card = sourceCard(link);
    if (!card) return;
    const fill = (box) => {
      const copy = card.cloneNode(true);
      copy.removeAttribute('id');
      copy.querySelectorAll('[id]').forEach((n) => n.removeAttribute('id'));
      copy.querySelectorAll('a').forEach((a) => a.setAttribute('tabindex', '-1'));
      box.appendChild(copy);
    };
    link.addEventListener('mouseenter', () => showFor(link, fill));
    link.addEventListener('focus', () => showFor(link, fill));
    link.addEventListener('mouseleave', hide);
    link.addEventListener('blur', hide);
  });

  document.querySelectorAll('a.glossary-term[title]').forEach((term) => {
    const definition = term.getAttribute('title');
    term.removeAttribute('title'); // the popover replaces the browser tooltip, and works from the keyboard
    term.dataset.definition = definition;
    const fill = (box) => {
      const strong = document.createElement('strong');
      strong.textContent = term.textContent;
      const p = document.createElement('p');
      p.textContent = definition;
      box.append(strong, p);
    };
    term.addEventListener('mouseenter', () => showFor(term, fill));
    term.addEventListener('focus', () => showFor(term, fill));
    term.addEventListener('mouseleave', hide);
    term.addEventListener('blur', hide);
  });

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && owner) { hide(); return; }
    const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName));
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const search = document.querySelector('.site-header input[type="search"]');
      if (search) { e.preventDefault(); search.focus(); search.select(); }
    }
  });
})();
