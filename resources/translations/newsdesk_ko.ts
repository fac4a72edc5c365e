<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/app/about_dialog.py" line="23"/>
        <source>About Newsdesk</source>
        <translation>Newsdesk 정보</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/about_dialog.py" line="27"/>
        <source>A newsroom editor for small local newspapers: write, check and publish.</source>
        <translation>작은 지역 신문을 위한 기사 편집기: 쓰고, 확인하고, 출고합니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/about_dialog.py" line="32"/>
        <source>Python %1 · Qt %2 · PySide6 %3</source>
        <translation>Python %1 · Qt %2 · PySide6 %3</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/newsdesk/ui/app/startup.py" line="78"/>
        <source>Cannot open the newsroom</source>
        <translation>편집국을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/startup.py" line="79"/>
        <source>The data folder could not be opened:
%1</source>
        <translation>데이터 폴더를 열 수 없습니다:
%1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/startup.py" line="96"/>
        <source>Database upgraded</source>
        <translation>데이터베이스 업그레이드</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/startup.py" line="97"/>
        <source>The newsroom&apos;s database was upgraded for this version of Newsdesk. A copy of it as it was before is kept here:
%1</source>
        <translation>이 버전의 Newsdesk에 맞게 편집국 데이터베이스를 업그레이드했습니다. 업그레이드 전 데이터베이스의 복사본은 여기에 있습니다:
%1</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_model.py" line="207"/>
        <source>Status</source>
        <extracomment>조회수: readers counted by the publish server (synced by the outbox worker). The article&apos;s UUID (str). The raw status value, e.g. &quot;published&quot;. A value that sorts the column correctly (numbers and datetimes, not their text). The whole :class:`ArticleRow`. Status texts that ask for someone&apos;s attention stand out from the grey list: a returned article waits for its reporter, a scheduled one goes out by itself.</extracomment>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_model.py" line="208"/>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_model.py" line="209"/>
        <source>Headline</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_model.py" line="210"/>
        <source>Section</source>
        <translation>섹션</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_model.py" line="211"/>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_model.py" line="212"/>
        <source>Updated</source>
        <translation>수정</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_model.py" line="213"/>
        <source>Photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_model.py" line="214"/>
        <source>Views</source>
        <translation>조회수</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_model.py" line="220"/>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="243"/>
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_model.py" line="221"/>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="244"/>
        <source>Returned</source>
        <translation>반려</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_model.py" line="222"/>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="245"/>
        <source>Submitted</source>
        <translation>송고</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_model.py" line="223"/>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="246"/>
        <source>In review</source>
        <translation>데스크 검토</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_model.py" line="224"/>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="247"/>
        <source>Approved</source>
        <translation>승인</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_model.py" line="225"/>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="248"/>
        <source>Scheduled</source>
        <translation>예약</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_model.py" line="226"/>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="249"/>
        <source>Published</source>
        <translation>출고</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_model.py" line="227"/>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="250"/>
        <source>Unpublished</source>
        <translation>출고 취소</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_model.py" line="256"/>
        <source>Has photos</source>
        <translation>사진 있음</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_model.py" line="258"/>
        <source>Publishes at %1 (Korea time)</source>
        <translation>%1 출고 예정 (한국 시간)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_model.py" line="271"/>
        <source>Scheduled %1</source>
        <translation>예약 %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_model.py" line="276"/>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_panel.py" line="58"/>
        <source>Search headlines and text…</source>
        <extracomment>The status filter&apos;s &quot;waiting for review&quot; entry: submitted and in-review articles.</extracomment>
        <translation>제목·본문 검색…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_panel.py" line="59"/>
        <source>Search articles as you type (Ctrl+Shift+F)</source>
        <translation>입력하는 대로 기사를 찾습니다 (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_panel.py" line="63"/>
        <source>Show only articles with this status</source>
        <translation>이 상태의 기사만 보기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_panel.py" line="64"/>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_panel.py" line="65"/>
        <source>Waiting for review</source>
        <translation>검토 대기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_panel.py" line="70"/>
        <source>Show only articles in this section</source>
        <translation>이 섹션의 기사만 보기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/article_list_panel.py" line="137"/>
        <source>All sections</source>
        <translation>모든 섹션</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/backup_actions.py" line="61"/>
        <source>Backups cover a data folder&apos;s own database, not a database server</source>
        <extracomment>The automatic backup starts this long after it is asked for (the first paint comes first).</extracomment>
        <translation>백업은 데이터 폴더 자체의 데이터베이스만 다룹니다(데이터베이스 서버는 제외)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/backup_actions.py" line="110"/>
        <source>Automatic backup saved: %1</source>
        <translation>자동 백업 저장됨: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/backup_actions.py" line="117"/>
        <source>Automatic backup failed: %1</source>
        <translation>자동 백업 실패: %1</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/backup_dialog.py" line="47"/>
        <source>Back up</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/backup_dialog.py" line="50"/>
        <source>One file with the database and every photo. It can be made while you work; keep it on another disk.</source>
        <translation>데이터베이스와 모든 사진을 파일 하나에 담습니다. 작업하는 중에도 만들 수 있습니다. 다른 디스크에 보관하세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/backup_dialog.py" line="58"/>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/backup_dialog.py" line="61"/>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/backup_dialog.py" line="64"/>
        <source>Ready to back up.</source>
        <translation>백업할 준비가 되었습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/backup_dialog.py" line="66"/>
        <source>Automatic backups</source>
        <translation>자동 백업</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/backup_dialog.py" line="69"/>
        <source>Once a day, when Newsdesk starts, a backup is made in %1.</source>
        <translation>하루에 한 번, Newsdesk를 시작할 때 %1에 백업을 만듭니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/backup_dialog.py" line="78"/>
        <source>Older automatic backups are deleted</source>
        <translation>그보다 오래된 자동 백업은 삭제됩니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/backup_dialog.py" line="80"/>
        <source>&amp;Keep the last:</source>
        <translation>보관할 최근 백업 수(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/backup_dialog.py" line="81"/>
        <source>&amp;Show automatic backups</source>
        <translation>자동 백업 보기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/backup_dialog.py" line="85"/>
        <source>Back &amp;up</source>
        <translation>백업(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/backup_dialog.py" line="88"/>
        <source>&amp;Open folder</source>
        <translation>폴더 열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/backup_dialog.py" line="89"/>
        <source>Show the backup file in the file manager</source>
        <translation>파일 관리자에서 백업 파일을 봅니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/backup_dialog.py" line="92"/>
        <source>C&amp;lose</source>
        <translation>닫기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/backup_dialog.py" line="118"/>
        <source>Back up to</source>
        <translation>백업 위치</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/backup_dialog.py" line="118"/>
        <source>Newsdesk backups (*.zip)</source>
        <translation>Newsdesk 백업 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/backup_dialog.py" line="130"/>
        <source>Copying the database…</source>
        <translation>데이터베이스를 복사하는 중…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/backup_dialog.py" line="137"/>
        <source>Writing %1</source>
        <translation>%1 쓰는 중</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/backup_dialog.py" line="146"/>
        <source>Backup saved: %1 (%2; %3 articles, %4 photos).</source>
        <translation>백업을 저장했습니다: %1 (%2, 기사 %3건, 사진 %4장).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/backup_dialog.py" line="153"/>
        <source>%1 photo(s) had no original file and are not in it.</source>
        <translation>사진 %1장은 원본 파일이 없어 백업에 들어가지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/backup_dialog.py" line="161"/>
        <source>Backup failed: %1</source>
        <translation>백업 실패: %1</translation>
    </message>
</context>
<context>
    <name>BodyPhotos</name>
    <message>
        <location filename="../../src/newsdesk/ui/photos/body_photos.py" line="89"/>
        <source>You may not change this article, so no photos can go into its body.</source>
        <translation>이 기사를 고칠 권한이 없어 본문에 사진을 넣을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/body_photos.py" line="128"/>
        <source>Pasted image</source>
        <translation>붙여넣은 사진</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/body_photos.py" line="132"/>
        <source>The pasted picture could not be read. Save it as a file first.</source>
        <translation>붙여넣은 그림을 읽을 수 없습니다. 먼저 파일로 저장해 주세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/photos/body_photos.py" line="152"/>
        <source>Adding %n photo(s) to the article…</source>
        <translation>
            <numerusform>기사에 사진 %n장을 넣는 중…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/body_photos.py" line="168"/>
        <source>No photo was added: the Photos tab says why.</source>
        <translation>사진을 넣지 못했습니다. 이유는 사진 탭에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/body_photos.py" line="172"/>
        <source>The photos were added to their article; insert them into its body there.</source>
        <translation>사진은 원래 기사에 붙였습니다. 그 기사를 열어 본문에 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/body_photos.py" line="186"/>
        <source>%1 of %2 photos were put into the body; the Photos tab says why.</source>
        <translation>사진 %2장 중 %1장만 본문에 넣었습니다. 나머지의 이유는 사진 탭에 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/photos/body_photos.py" line="191"/>
        <source>%n photo(s) put into the body.</source>
        <translation>
            <numerusform>본문에 사진 %n장을 넣었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/body_photos.py" line="204"/>
        <source>Photos in the body</source>
        <translation>본문 사진</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/body_photos.py" line="214"/>
        <source>Only photos can be put into the body (JPEG, PNG, WebP, GIF or TIFF). Not taken: %1</source>
        <translation>본문에는 사진만 넣을 수 있습니다(JPEG, PNG, WebP, GIF, TIFF). 넣지 않은 파일: %1</translation>
    </message>
</context>
<context>
    <name>ChecksFollower</name>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/checks_follower.py" line="67"/>
        <source>Run the checks with F7.</source>
        <extracomment>Quiet time after the last keystroke before the checks run again.</extracomment>
        <translation>F7을 누르면 출고 전 점검을 합니다.</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/checks_panel.py" line="88"/>
        <source>Checks</source>
        <translation>점검</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/checks_panel.py" line="94"/>
        <source>Run the checks with F7.</source>
        <translation>F7을 누르면 출고 전 점검을 합니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/checks_panel.py" line="97"/>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/checks_panel.py" line="97"/>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/checks_panel.py" line="101"/>
        <source>Double-click or press Enter to go to the problem</source>
        <translation>두 번 누르거나 Enter를 누르면 문제가 있는 곳으로 갑니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/checks_panel.py" line="121"/>
        <source>%1, line %2, column %3</source>
        <translation>%1 %2행 %3열</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/checks_panel.py" line="138"/>
        <source>No problems found. The article is ready to publish.</source>
        <translation>문제가 없습니다. 출고할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/checks_panel.py" line="141"/>
        <source>%1 error(s) must be fixed, %2 warning(s) need a look.</source>
        <translation>고쳐야 할 오류 %1건, 확인할 경고 %2건</translation>
    </message>
</context>
<context>
    <name>CommentBadge</name>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/comments_panel.py" line="221"/>
        <source>%1 open comment(s)</source>
        <translation>해결 안 된 메모 %1건</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/comments_panel.py" line="66"/>
        <source>Editorial notes; never published</source>
        <extracomment>How many comments are open (unresolved): the tab&apos;s badge shows it.</extracomment>
        <translation>편집 메모 — 사이트에는 나가지 않습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/comments_panel.py" line="71"/>
        <source>Write a note for the reporter or the desk…</source>
        <translation>기자나 데스크에게 남길 메모…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/comments_panel.py" line="72"/>
        <source>Press Ctrl+Enter to add the comment</source>
        <translation>Ctrl+Enter를 누르면 메모를 남깁니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/comments_panel.py" line="76"/>
        <source>Comme&amp;nt</source>
        <translation>메모 남기기(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/comments_panel.py" line="77"/>
        <source>Add the comment (Ctrl+Enter)</source>
        <translation>메모를 남깁니다 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/comments_panel.py" line="79"/>
        <location filename="../../src/newsdesk/ui/workflow/comments_panel.py" line="168"/>
        <source>&amp;Resolve</source>
        <translation>해결(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/comments_panel.py" line="80"/>
        <source>Mark the selected comment done, or open it again</source>
        <translation>고른 메모를 해결됨으로 표시하거나 다시 엽니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/comments_panel.py" line="126"/>
        <source>resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/comments_panel.py" line="126"/>
        <source>open</source>
        <translation>미해결</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/comments_panel.py" line="127"/>
        <source>(unknown)</source>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/comments_panel.py" line="143"/>
        <source>Save the article to comment on it.</source>
        <translation>기사를 저장하면 메모를 남길 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/comments_panel.py" line="146"/>
        <source>%1 comment(s), %2 open</source>
        <translation>메모 %1건, 미해결 %2건</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/comments_panel.py" line="166"/>
        <source>Re&amp;open</source>
        <translation>다시 열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/comments_panel.py" line="178"/>
        <source>Cannot add the comment</source>
        <translation>메모를 남길 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/comments_panel.py" line="194"/>
        <source>Cannot change the comment</source>
        <translation>메모를 바꿀 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/conflict_dialog.py" line="108"/>
        <source>Conflict with server %1</source>
        <translation>서버 %1와(과) 충돌</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/conflict_dialog.py" line="113"/>
        <source>Someone changed this article on the server (%1) after it was last sent. Nothing was overwritten. Choose the version to keep.</source>
        <translation>마지막으로 보낸 뒤 누군가 서버(%1)에서 이 기사를 고쳤습니다. 아무것도 덮어쓰지 않았습니다. 남길 판을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/conflict_dialog.py" line="119"/>
        <source>Mine (local)</source>
        <translation>내 기사 (이 PC)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/conflict_dialog.py" line="120"/>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/conflict_dialog.py" line="125"/>
        <source>Keep mine (send again)</source>
        <translation>내 기사 유지 (다시 보내기)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/conflict_dialog.py" line="126"/>
        <source>Take server&apos;s version</source>
        <translation>서버 판 채택</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/conflict_dialog.py" line="128"/>
        <source>Sends your article again and replaces the server&apos;s copy.</source>
        <translation>내 기사를 다시 보내 서버의 사본을 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/conflict_dialog.py" line="132"/>
        <source>Copies the server&apos;s text into your article as a new revision; nothing is sent.</source>
        <translation>서버의 글을 새 판으로 내 기사에 가져옵니다. 아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/conflict_dialog.py" line="142"/>
        <source>Decide later</source>
        <translation>나중에 결정</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/conflict_dialog.py" line="157"/>
        <source>Headline</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/conflict_dialog.py" line="158"/>
        <source>Subheadline</source>
        <translation>부제목</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/conflict_dialog.py" line="159"/>
        <source>Byline</source>
        <translation>기자명</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/conflict_dialog.py" line="160"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/conflict_dialog.py" line="167"/>
        <source>Server revision</source>
        <translation>서버 판 번호</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/conflict_dialog.py" line="171"/>
        <source>Body</source>
        <translation>본문</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/conflict_dialog.py" line="186"/>
        <source>Cannot resolve the conflict</source>
        <translation>충돌을 해결할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>CropCanvas</name>
    <message>
        <location filename="../../src/newsdesk/ui/photos/crop_canvas.py" line="59"/>
        <source>Crop area</source>
        <translation>자를 영역</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/photos/crop_dialog.py" line="49"/>
        <source>Crop and rotate photo</source>
        <translation>사진 자르기·회전</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/crop_dialog.py" line="64"/>
        <source>Body</source>
        <translation>본문</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/crop_dialog.py" line="65"/>
        <source>List thumbnail</source>
        <translation>목록 썸네일</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/crop_dialog.py" line="66"/>
        <source>Social 1200×630</source>
        <translation>소셜 1200×630</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/crop_dialog.py" line="71"/>
        <source>Use:</source>
        <translation>용도:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/crop_dialog.py" line="79"/>
        <source>Keep the original ratio</source>
        <translation>원본 비율 유지</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/crop_dialog.py" line="81"/>
        <source>Crop separately for this use</source>
        <translation>이 용도로 따로 자르기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/crop_dialog.py" line="93"/>
        <source>Rotate left</source>
        <translation>왼쪽으로 회전</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/crop_dialog.py" line="95"/>
        <source>Rotate right</source>
        <translation>오른쪽으로 회전</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/crop_dialog.py" line="97"/>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/crop_dialog.py" line="98"/>
        <source>Back to the photo as imported: no crop, no rotation</source>
        <translation>가져온 그대로의 사진으로 되돌립니다: 자르기와 회전을 모두 없앱니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/crop_dialog.py" line="102"/>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/crop_dialog.py" line="216"/>
        <source>The photo on the article page and on the server.</source>
        <translation>기사 본문과 서버에 실리는 사진입니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/crop_dialog.py" line="217"/>
        <source>The small picture of the article in lists.</source>
        <translation>기사 목록에 나오는 작은 사진입니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/crop_dialog.py" line="218"/>
        <source>The picture shown when the article is shared on social media.</source>
        <translation>기사를 소셜 미디어에 공유할 때 보이는 사진입니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/crop_dialog.py" line="224"/>
        <source>Not cropped separately: the page photo is used.</source>
        <translation>따로 자르지 않아 본문 사진을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/crop_dialog.py" line="229"/>
        <source>Result: %1 × %2 pixels</source>
        <translation>결과: %1 × %2 픽셀</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/crop_dialog.py" line="232"/>
        <source>smaller than 1200 × 630; shared previews may look blurred</source>
        <translation>1200 × 630보다 작아 공유 미리보기가 흐리게 보일 수 있습니다</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/editor_panel.py" line="54"/>
        <source>Headline</source>
        <extracomment>One message above the form (a returned article&apos;s note, a scheduled time, …).</extracomment>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/editor_panel.py" line="55"/>
        <source>The article&apos;s headline</source>
        <translation>기사 제목</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/editor_panel.py" line="61"/>
        <source>Sub-headline</source>
        <translation>부제</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/editor_panel.py" line="62"/>
        <source>An optional second headline under the first</source>
        <translation>제목 아래에 붙는 부제 (선택)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/editor_panel.py" line="65"/>
        <source>The section the article appears in</source>
        <translation>기사가 실릴 섹션</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/editor_panel.py" line="67"/>
        <location filename="../../src/newsdesk/ui/editor/read_only_form.py" line="51"/>
        <source>The reporter who wrote the article</source>
        <extracomment>Above the workflow&apos;s notes: it explains why typing does nothing.</extracomment>
        <translation>기사를 쓴 기자</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/editor_panel.py" line="69"/>
        <source>e.g. 김민수 기자</source>
        <translation>예: 김민수 기자</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/editor_panel.py" line="70"/>
        <source>The byline printed on the page; empty: the author&apos;s</source>
        <translation>기사에 표시할 바이라인 (비우면 작성자 이름)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/editor_panel.py" line="72"/>
        <source>Tags, separated by commas</source>
        <translation>태그 (쉼표로 구분)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/editor_panel.py" line="73"/>
        <source>Keywords for the article, separated by commas</source>
        <translation>기사 키워드, 쉼표로 구분</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/editor_panel.py" line="76"/>
        <source>A one or two sentence summary for lists and feeds</source>
        <translation>목록과 피드에 보일 한두 문장 요약</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/editor_panel.py" line="78"/>
        <source>Shown in lists, feeds and link previews</source>
        <translation>목록, 피드, 링크 미리보기에 표시됩니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/editor_panel.py" line="83"/>
        <source>The article text in Markdown</source>
        <translation>마크다운으로 쓰는 기사 본문</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/editor_panel.py" line="100"/>
        <source>Hea&amp;dline</source>
        <translation>제목(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/editor_panel.py" line="101"/>
        <source>Su&amp;b-headline</source>
        <translation>부제(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/editor_panel.py" line="102"/>
        <source>Sect&amp;ion</source>
        <translation>섹션(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/editor_panel.py" line="103"/>
        <source>Ta&amp;gs</source>
        <translation>태그(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/editor_panel.py" line="104"/>
        <source>Summar&amp;y</source>
        <translation>요약(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/editor_panel.py" line="135"/>
        <source>(no section)</source>
        <translation>(섹션 없음)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/editor_panel.py" line="139"/>
        <source>(no author)</source>
        <translation>(작성자 없음)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/read_only_form.py" line="53"/>
        <source>Only the desk can give an article to another reporter</source>
        <translation>기사를 다른 기자에게 넘기는 일은 데스크만 할 수 있습니다</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="51"/>
        <source>Export site</source>
        <translation>사이트 내보내기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="54"/>
        <source>Folder the static site is written to</source>
        <translation>정적 사이트를 쓸 폴더</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="56"/>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="59"/>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="66"/>
        <source>Ready to export the published articles.</source>
        <translation>출고된 기사를 내보낼 준비가 되었습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="69"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="74"/>
        <source>Pages written</source>
        <translation>쓴 페이지</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="75"/>
        <source>Pages unchanged</source>
        <translation>바뀌지 않은 페이지</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="76"/>
        <source>Files removed</source>
        <translation>지운 파일</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="77"/>
        <source>Photos copied</source>
        <translation>복사한 사진</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="91"/>
        <source>Open &amp;site settings…</source>
        <translation>사이트 설정 열기(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="98"/>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="101"/>
        <source>&amp;Open folder</source>
        <translation>폴더 열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="102"/>
        <source>Show the exported site in the file manager</source>
        <translation>내보낸 사이트를 파일 관리자에서 엽니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="105"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="107"/>
        <source>C&amp;lose</source>
        <translation>닫기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="142"/>
        <source>Export folder</source>
        <translation>내보낼 폴더</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="171"/>
        <source>Reading the published articles…</source>
        <translation>출고된 기사를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="182"/>
        <source>Cancelling after the current file…</source>
        <translation>지금 파일을 마치고 취소합니다…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="188"/>
        <source>Writing %1</source>
        <translation>%1 쓰는 중</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="206"/>
        <source>Export cancelled; the folder holds what was written.</source>
        <translation>내보내기를 취소했습니다. 폴더에는 이미 쓴 파일이 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="209"/>
        <source>Export finished: %1</source>
        <translation>내보내기 완료: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="214"/>
        <source>The export did not finish.</source>
        <translation>내보내기를 마치지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="218"/>
        <source>The legal footer is incomplete, so the site cannot be published. Fill in: %1</source>
        <translation>법정 하단 정보가 빠져 있어 사이트를 게시할 수 없습니다. 채워야 할 항목: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="223"/>
        <source>Export failed: %1</source>
        <translation>내보내기 실패: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/export_dialog.py" line="243"/>
        <source>Settings saved; export again.</source>
        <translation>설정을 저장했습니다. 다시 내보내세요.</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_replace_bar.py" line="32"/>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_replace_bar.py" line="35"/>
        <source>Replace with</source>
        <translation>바꿀 내용</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_replace_bar.py" line="36"/>
        <source>&amp;Match case</source>
        <translation>대소문자 구분(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_replace_bar.py" line="37"/>
        <source>Only find text with the same upper/lower case</source>
        <translation>대소문자가 같은 것만 찾습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_replace_bar.py" line="38"/>
        <source>Previo&amp;us</source>
        <translation>이전(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_replace_bar.py" line="40"/>
        <source>Ne&amp;xt</source>
        <translation>다음(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_replace_bar.py" line="42"/>
        <source>Re&amp;place</source>
        <translation>바꾸기(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_replace_bar.py" line="44"/>
        <source>Replace a&amp;ll</source>
        <translation>모두 바꾸기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_replace_bar.py" line="39"/>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>이전 항목 찾기 (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_replace_bar.py" line="41"/>
        <source>Find the next match (Enter)</source>
        <translation>다음 항목 찾기 (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_replace_bar.py" line="43"/>
        <source>Replace the current match and find the next</source>
        <translation>지금 항목을 바꾸고 다음을 찾습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_replace_bar.py" line="45"/>
        <source>Replace every match in the body</source>
        <translation>본문의 모든 항목을 바꿉니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_replace_bar.py" line="49"/>
        <source>Close the find bar (Esc)</source>
        <translation>찾기 막대 닫기 (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_replace_bar.py" line="128"/>
        <source>Not found</source>
        <translation>찾지 못함</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/editor/find_replace_bar.py" line="167"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n개 바꿈</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoffController</name>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="96"/>
        <source>Choose articles in the list first.</source>
        <translation>먼저 목록에서 기사를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="101"/>
        <source>Export hand-off file</source>
        <translation>전달 파일 내보내기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="103"/>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="135"/>
        <source>Newsdesk hand-off files (*%1)</source>
        <translation>Newsdesk 전달 파일 (*%1)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="111"/>
        <source>Writing the hand-off file…</source>
        <translation>전달 파일을 쓰는 중…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="121"/>
        <source>Exported %1 article(s) and %2 photo(s) to %3</source>
        <translation>기사 %1건과 사진 %2장을 %3에 내보냈습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="133"/>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="160"/>
        <source>Import hand-off file</source>
        <translation>전달 파일 가져오기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="152"/>
        <source>“%1” holds %2 article(s):</source>
        <translation>“%1”에 기사 %2건이 있습니다:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="156"/>
        <source>Import them into this newsroom?</source>
        <translation>이 편집국으로 가져올까요?</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="165"/>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="170"/>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="183"/>
        <source>Added: %1</source>
        <translation>새로 추가: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="184"/>
        <source>Updated: %1</source>
        <translation>갱신: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="185"/>
        <source>Unchanged: %1</source>
        <translation>변경 없음: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="186"/>
        <source>Changed on both sides: %1</source>
        <translation>양쪽에서 바뀜: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="187"/>
        <source>Waiting for the desk: %1</source>
        <translation>데스크 확인 대기: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="191"/>
        <source>Not put on the site: %1</source>
        <translation>사이트에 올리지 않음: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="197"/>
        <source>A hand-off file does not change these articles directly; their new version waits in the article&apos;s history (hand-off update) until an editor applies it:</source>
        <translation>전달 파일은 아래 기사를 바로 바꾸지 않습니다. 새 버전은 편집자가 적용할 때까지 기사 이력에 &apos;전달 파일 수정본&apos;으로 기다립니다:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="206"/>
        <source>Both versions of these articles are kept as revisions; compare them in Article ▸ History:</source>
        <translation>이 기사들은 두 판을 모두 수정 이력으로 남겼습니다. 기사 ▸ 이력에서 비교하세요:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="214"/>
        <source>A hand-off file never puts an article on the site: these arrived without the file&apos;s status, number and times. Publish them here through the workflow (the checks run and the number is given here):</source>
        <translation>전달 파일은 기사를 사이트에 올리지 않습니다. 아래 기사는 파일에 적힌 상태·번호·시각 없이 들어왔습니다. 여기서 작업 순서대로 출고하세요(출고 전 점검을 거치고 번호는 여기서 매깁니다):</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="221"/>
        <source>Hand-off file imported</source>
        <translation>전달 파일을 가져왔습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="227"/>
        <source>%1 as no. %2</source>
        <translation>%1, %2번</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="231"/>
        <source>published %1</source>
        <translation>출고 %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="232"/>
        <source>revised %1</source>
        <translation>수정 %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="233"/>
        <source>scheduled for %1</source>
        <translation>예약 %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="238"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="240"/>
        <source>%1 — arrived as %2; the file said %3</source>
        <translation>%1 — %2 상태로 들어옴. 파일에 적힌 것: %3</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="250"/>
        <source>Cannot use the hand-off file</source>
        <translation>전달 파일을 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/handoff_controller.py" line="252"/>
        <source>Hand-off failed</source>
        <translation>전달 실패</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../src/newsdesk/ui/app/help_viewer.py" line="93"/>
        <source>Newsdesk user guide</source>
        <translation>Newsdesk 사용 설명서</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/help_viewer.py" line="99"/>
        <source>Find in the guide</source>
        <translation>설명서에서 찾기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/help_viewer.py" line="101"/>
        <source>Enter: next match, Shift+Enter: previous</source>
        <translation>Enter: 다음 항목, Shift+Enter: 이전 항목</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/help_viewer.py" line="102"/>
        <source>Previo&amp;us</source>
        <translation>이전(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/help_viewer.py" line="103"/>
        <source>Ne&amp;xt</source>
        <translation>다음(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/help_viewer.py" line="112"/>
        <source>Contents: click a heading to go to it</source>
        <translation>차례: 제목을 누르면 그 부분으로 갑니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/app/help_viewer.py" line="163"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/help_viewer.py" line="165"/>
        <source>Not found</source>
        <translation>찾지 못함</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="55"/>
        <source>Article history</source>
        <extracomment>QSettings keys: the dialog&apos;s size and where the list ends and the compare begins.</extracomment>
        <translation>기사 이력</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="69"/>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="77"/>
        <source>When</source>
        <extracomment>Whether the person may restore a revision (&quot;restore_revision&quot; in allowed_actions).</extracomment>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="69"/>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="77"/>
        <source>Who</source>
        <translation>누가</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="69"/>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="69"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="69"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="73"/>
        <source>&amp;Workflow history</source>
        <translation>진행 이력(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="77"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="77"/>
        <source>Headline</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="82"/>
        <source>Select two revisions (Ctrl+click) to compare them</source>
        <translation>두 판을 고르면(Ctrl+클릭) 나란히 비교합니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="85"/>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="206"/>
        <source>Select two revisions (Ctrl+click) to compare them.</source>
        <translation>두 판을 고르면(Ctrl+클릭) 나란히 비교합니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="86"/>
        <source>&amp;Restore this revision…</source>
        <translation>이 판으로 되돌리기(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="88"/>
        <source>Bring back the selected revision&apos;s text (the current text stays a revision)</source>
        <translation>고른 판의 글을 되살립니다 (지금 글도 이력으로 남습니다)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="106"/>
        <source>Re&amp;visions</source>
        <translation>수정 이력(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="197"/>
        <source>Older on the left (deletions), newer on the right. F7 / Shift+F7: next / previous change in the body.</source>
        <translation>왼쪽은 이전 판(지운 글자), 오른쪽은 새 판(더한 글자)입니다. F7 / Shift+F7: 본문의 다음 / 이전 변경.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="204"/>
        <source>Cannot compare</source>
        <translation>비교할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="216"/>
        <source>Restore revision</source>
        <translation>판 되돌리기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="218"/>
        <source>Bring back this revision&apos;s text? The current text is kept as a revision, so this can be undone.</source>
        <translation>이 판의 글을 되살릴까요? 지금 글은 이력으로 남으므로 다시 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/history_dialog.py" line="227"/>
        <source>Cannot restore</source>
        <translation>되돌릴 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../../src/newsdesk/ui/app/identity.py" line="41"/>
        <source>Reporter</source>
        <translation>기자</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/identity.py" line="42"/>
        <source>Editor</source>
        <translation>편집자</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/identity.py" line="43"/>
        <source>Administrator</source>
        <translation>관리자</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/identity.py" line="51"/>
        <source>No user chosen</source>
        <translation>사용자 없음</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/app/identity.py" line="80"/>
        <source>Who are you?</source>
        <translation>누구신가요?</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/identity.py" line="85"/>
        <source>Choose your name. Newsdesk records who changes, submits and publishes each article.</source>
        <translation>이름을 고르세요. Newsdesk는 누가 기사를 고치고 송고하고 출고했는지 기록합니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/identity.py" line="92"/>
        <source>The newsroom&apos;s people and their roles</source>
        <translation>편집국 사람들과 역할</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/identity.py" line="95"/>
        <source>Not in the list? Add yourself</source>
        <translation>목록에 없나요? 직접 추가하세요</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/identity.py" line="97"/>
        <source>e.g. 김민수</source>
        <translation>예: 김민수</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/identity.py" line="98"/>
        <source>Your name as colleagues know it</source>
        <translation>동료들이 아는 이름</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/identity.py" line="100"/>
        <source>Reporters write; editors review and publish</source>
        <translation>기자는 쓰고, 편집자는 검토하고 출고합니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/identity.py" line="103"/>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/identity.py" line="104"/>
        <source>Add this person and choose them</source>
        <translation>이 사람을 추가하고 선택합니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/identity.py" line="107"/>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/identity.py" line="108"/>
        <source>&amp;Role</source>
        <translation>역할(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/identity.py" line="142"/>
        <source>Cannot add person</source>
        <translation>사람을 추가할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/identity.py" line="151"/>
        <source>Choose a person</source>
        <translation>사람을 고르세요</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/identity.py" line="151"/>
        <source>Choose your name or add yourself.</source>
        <translation>이름을 고르거나 직접 추가하세요.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/newsdesk/ui/app/main_window.py" line="157"/>
        <source>Autosaved</source>
        <translation>자동 저장됨</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/main_window.py" line="188"/>
        <source>New article</source>
        <translation>새 기사</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/main_window.py" line="233"/>
        <source>Cannot open article</source>
        <translation>기사를 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/main_window.py" line="254"/>
        <source>Restored unsaved typing</source>
        <translation>저장하지 않은 입력을 복구했습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/main_window.py" line="282"/>
        <source>Not saved: changed elsewhere meanwhile</source>
        <translation>저장 안 됨: 그사이 다른 곳에서 바뀜</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/main_window.py" line="286"/>
        <source>Cannot save</source>
        <translation>저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/main_window.py" line="278"/>
        <source>Saved</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/main_window.py" line="83"/>
        <source>Previe&amp;w</source>
        <extracomment>Who is working (every service call is made as them); None: no identity chosen.</extracomment>
        <translation>미리보기(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/main_window.py" line="84"/>
        <source>Pho&amp;tos</source>
        <translation>사진(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/main_window.py" line="306"/>
        <source>Cannot duplicate</source>
        <translation>복제할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/main_window.py" line="316"/>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/main_window.py" line="319"/>
        <source>Delete article</source>
        <translation>기사 삭제</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/main_window.py" line="320"/>
        <source>Move “%1” to the trash? You can restore it from the trash.</source>
        <translation>“%1” 기사를 휴지통으로 옮길까요? 휴지통에서 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/main_window.py" line="329"/>
        <source>Cannot delete</source>
        <translation>삭제할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/main_window.py" line="335"/>
        <source>Moved to the trash</source>
        <translation>휴지통으로 옮김</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/main_window.py" line="367"/>
        <source>Add a photo first</source>
        <translation>먼저 사진을 추가하세요</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/main_window.py" line="392"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/main_window.py" line="393"/>
        <source>The new language is used the next time Newsdesk starts.</source>
        <translation>바꾼 언어는 Newsdesk를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/main_window.py" line="430"/>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/main_window.py" line="431"/>
        <source>Save the article before closing?</source>
        <translation>닫기 전에 기사를 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="103"/>
        <source>&amp;New article</source>
        <extracomment>Short alias; pyside6-lupdate still finds ``T.translate(&quot;MainWindow&quot;, …)`` calls.</extracomment>
        <translation>새 기사(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="104"/>
        <source>Start a new article</source>
        <translation>새 기사를 씁니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="109"/>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="110"/>
        <source>Copy this article into a new draft</source>
        <translation>이 기사를 새 초안으로 복사합니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="115"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="116"/>
        <source>Save the article as a save point</source>
        <translation>기사를 저장합니다 (되돌아갈 수 있는 저장 시점)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="121"/>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="122"/>
        <source>Move this article to the trash</source>
        <translation>이 기사를 휴지통으로 옮깁니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="127"/>
        <source>&amp;Trash…</source>
        <translation>휴지통(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="128"/>
        <source>Show deleted articles and restore them</source>
        <translation>삭제한 기사를 보고 되살립니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="133"/>
        <source>&amp;Export site…</source>
        <translation>사이트 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="134"/>
        <source>Write the public site</source>
        <translation>공개 사이트를 만듭니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="139"/>
        <source>&amp;Back up…</source>
        <translation>백업(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="140"/>
        <source>Write one file with the database and every photo</source>
        <translation>데이터베이스와 모든 사진을 파일 하나로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="144"/>
        <source>&amp;Restore…</source>
        <translation>복원(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="145"/>
        <source>Restore a backup into an empty folder</source>
        <translation>백업을 빈 폴더에 복원합니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="149"/>
        <source>Site settin&amp;gs…</source>
        <translation>사이트 설정(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="150"/>
        <source>Site name, address, page size and legal footer</source>
        <translation>사이트 이름, 주소, 페이지 크기, 법정 하단 정보</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="155"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="156"/>
        <source>Close Newsdesk</source>
        <translation>Newsdesk를 닫습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="161"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="162"/>
        <source>Undo the last edit in the text</source>
        <translation>본문의 마지막 편집을 취소합니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="167"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="168"/>
        <source>Redo the edit just undone</source>
        <translation>방금 취소한 편집을 다시 합니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="173"/>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="174"/>
        <source>Find text in the article body</source>
        <translation>본문에서 글자를 찾습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="179"/>
        <source>R&amp;eplace…</source>
        <translation>바꾸기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="180"/>
        <source>Find and replace in the article body</source>
        <translation>본문에서 찾아 바꿉니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="185"/>
        <source>&amp;Search articles</source>
        <translation>기사 검색(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="186"/>
        <source>Jump to the article search box</source>
        <translation>기사 검색창으로 갑니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="191"/>
        <source>&amp;Bold</source>
        <translation>굵게(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="192"/>
        <source>Make the selection bold (**…**)</source>
        <translation>선택한 글자를 굵게 (**…**)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="197"/>
        <source>&amp;Italic</source>
        <translation>기울임(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="198"/>
        <source>Make the selection italic (*…*)</source>
        <translation>선택한 글자를 기울임꼴로 (*…*)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="203"/>
        <source>&amp;Link…</source>
        <translation>링크(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="204"/>
        <source>Turn the selection into a link</source>
        <translation>선택한 글자를 링크로 만듭니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="209"/>
        <source>Insert &amp;photo reference</source>
        <translation>사진 넣기(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="210"/>
        <source>Place the selected photo in the body (![…](photo:N))</source>
        <translation>선택한 사진을 본문에 넣습니다 (![…](photo:N))</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="215"/>
        <source>Sub-&amp;heading</source>
        <translation>소제목(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="216"/>
        <source>Make the line a sub-heading (## …) or plain text again</source>
        <translation>줄을 소제목(## …)으로 만들거나 다시 본문으로 되돌립니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="221"/>
        <source>&amp;Quote</source>
        <translation>인용(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="222"/>
        <source>Quote the lines (&gt; …) or unquote them</source>
        <translation>줄을 인용문(&gt; …)으로 만들거나 인용을 풉니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="227"/>
        <source>B&amp;ulleted list</source>
        <translation>글머리 목록(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="228"/>
        <source>Make the lines a bulleted list (- …); Enter continues it</source>
        <translation>줄을 글머리 목록(- …)으로 만듭니다. Enter를 누르면 목록이 이어집니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="233"/>
        <source>&amp;Numbered list</source>
        <translation>번호 목록(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="234"/>
        <source>Number the lines (1. …); Enter continues the list</source>
        <translation>줄에 번호(1. …)를 붙입니다. Enter를 누르면 목록이 이어집니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="239"/>
        <source>&amp;Table</source>
        <translation>표(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="240"/>
        <source>Insert a table of two columns to fill in</source>
        <translation>채워 넣을 두 칸짜리 표를 넣습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="244"/>
        <source>Horizontal &amp;rule</source>
        <translation>구분선(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="245"/>
        <source>Insert a dividing line (---)</source>
        <translation>구분선(---)을 넣습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="249"/>
        <source>Publish &amp;now</source>
        <translation>지금 출고(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="250"/>
        <source>Run the checks and put this article on the site</source>
        <translation>점검을 거쳐 이 기사를 사이트에 올립니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="255"/>
        <source>&amp;Unpublish</source>
        <translation>출고 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="256"/>
        <source>Take this article off the site</source>
        <translation>이 기사를 사이트에서 내립니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="260"/>
        <source>&amp;System language</source>
        <translation>시스템 언어(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="261"/>
        <source>Use Korean when the system is Korean</source>
        <translation>시스템이 한국어이면 한국어를 씁니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="265"/>
        <source>&amp;Korean</source>
        <translation>한국어(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="266"/>
        <source>Show the interface in Korean</source>
        <translation>화면을 한국어로 표시합니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="270"/>
        <source>&amp;English</source>
        <translation>영어(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="271"/>
        <source>Show the interface in English</source>
        <translation>화면을 영어로 표시합니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="276"/>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="277"/>
        <source>Larger text in the article body (also Ctrl+wheel)</source>
        <translation>본문 글자를 크게 합니다 (Ctrl+휠로도 됩니다)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="282"/>
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="283"/>
        <source>Smaller text in the article body</source>
        <translation>본문 글자를 작게 합니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="288"/>
        <source>&amp;Actual size</source>
        <translation>원래 크기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="289"/>
        <source>The body text at its normal size</source>
        <translation>본문 글자를 원래 크기로 되돌립니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="294"/>
        <source>&amp;Full-screen writing</source>
        <translation>전체 화면 쓰기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="295"/>
        <source>Only the article, on the whole screen (Esc leaves)</source>
        <translation>기사만 화면 가득 띄웁니다 (Esc로 빠져나옵니다)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="299"/>
        <source>Preview at &amp;desktop width</source>
        <translation>미리보기: 데스크톱 너비(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="300"/>
        <source>The page as a computer shows it, scaled to fit the pane</source>
        <translation>컴퓨터 화면에 보이는 모습을 창 너비에 맞춰 줄여 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="303"/>
        <source>Preview at &amp;phone width</source>
        <translation>미리보기: 휴대전화 너비(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="304"/>
        <source>The page as a phone shows it</source>
        <translation>휴대전화에 보이는 모습을 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="308"/>
        <source>&amp;User guide</source>
        <translation>사용 설명서(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="309"/>
        <source>How to write, review, publish and back up, in Korean</source>
        <translation>기사 쓰기, 검토, 출고, 백업 방법을 한국어로 설명합니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="314"/>
        <source>&amp;About Newsdesk</source>
        <translation>Newsdesk 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="315"/>
        <source>Version and licence</source>
        <translation>버전과 라이선스</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="332"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="343"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="349"/>
        <source>F&amp;ormat</source>
        <translation>서식(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="359"/>
        <source>&amp;Article</source>
        <translation>기사(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="363"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="371"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="376"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/window_actions.py" line="384"/>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/markdown_editor.py" line="64"/>
        <source>Write the article here. Markdown: **bold**, *italic*</source>
        <extracomment>Local files dropped or pasted: (list of Path, QTextCursor at the drop point). A picture pasted (a screenshot, &quot;copy image&quot;): (QImage, QTextCursor at the cursor). Files or a picture came to a read-only body: they were not taken.</extracomment>
        <translation>여기에 기사를 쓰세요. 마크다운: **굵게**, *기울임*</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/markdown_editor.py" line="207"/>
        <source>Insert link</source>
        <extracomment>Counts whole-text replacements (another article shown): a drop point taken before one no longer points into the text it was taken in.</extracomment>
        <translation>링크 넣기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/markdown_editor.py" line="207"/>
        <source>Web address (https://…):</source>
        <translation>웹 주소 (https://…):</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="58"/>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="248"/>
        <source>Outbox</source>
        <extracomment>How many recent jobs the dock lists (the CLI shows the full history). Emitted after a retry / cancel changed the queue.</extracomment>
        <translation>보낼 편지함</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="67"/>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="68"/>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="69"/>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="70"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="71"/>
        <source>Attempts</source>
        <translation>시도</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="72"/>
        <source>Next attempt</source>
        <translation>다음 시도</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="73"/>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="95"/>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="96"/>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="236"/>
        <source>Cancel job</source>
        <translation>작업 취소</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="97"/>
        <source>Resolve conflict…</source>
        <translation>충돌 해결…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="98"/>
        <source>Send now</source>
        <translation>지금 보내기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="99"/>
        <source>Queue the selected job again and send it now</source>
        <translation>선택한 작업을 다시 대기열에 넣고 지금 보냅니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="100"/>
        <source>Do not send the selected job</source>
        <translation>선택한 작업을 보내지 않습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="101"/>
        <source>Send every waiting job now</source>
        <translation>대기 중인 작업을 모두 지금 보냅니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="130"/>
        <source>Queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="131"/>
        <source>Sent</source>
        <translation>전송됨</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="132"/>
        <source>Conflict</source>
        <translation>충돌</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="133"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="134"/>
        <source>Resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="137"/>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="141"/>
        <source>Publish</source>
        <translation>출고</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="141"/>
        <source>Unpublish</source>
        <translation>출고 취소</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="154"/>
        <source>(deleted article)</source>
        <translation>(삭제된 기사)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="186"/>
        <source>%1 waiting · %2 failed · %3 conflicts</source>
        <translation>대기 %1 · 실패 %2 · 충돌 %3</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/outbox_panel.py" line="237"/>
        <source>Do not send “%1” to %2?</source>
        <translation>“%1”을(를) %2에 보내지 않을까요?</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="23"/>
        <source>Edit</source>
        <translation>수정</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="24"/>
        <source>Change the author</source>
        <translation>작성자 변경</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="25"/>
        <source>Insert photo into body</source>
        <translation>본문에 사진 넣기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="26"/>
        <source>Add photos</source>
        <translation>사진 추가</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="27"/>
        <source>Remove photo</source>
        <translation>사진 빼기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="28"/>
        <source>Reorder photos</source>
        <translation>사진 순서 바꾸기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="29"/>
        <source>Choose the main photo</source>
        <translation>대표 사진 고르기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="30"/>
        <source>Photo details</source>
        <translation>사진 설명 고치기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="31"/>
        <source>Restore revision</source>
        <translation>이전 판 되살리기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="32"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="33"/>
        <source>Restore from the trash</source>
        <translation>휴지통에서 복원</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="34"/>
        <source>Delete permanently</source>
        <translation>영구 삭제</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="35"/>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="36"/>
        <source>Comment</source>
        <translation>메모 달기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="37"/>
        <source>Export hand-off file</source>
        <translation>전달 파일 내보내기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="38"/>
        <source>Submit</source>
        <translation>송고</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="39"/>
        <source>Withdraw submission</source>
        <translation>송고 취소</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="40"/>
        <source>Start review</source>
        <translation>검토 시작</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="41"/>
        <source>Return to reporter</source>
        <translation>반려</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="42"/>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="43"/>
        <source>Schedule</source>
        <translation>예약 출고</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="44"/>
        <source>Cancel schedule</source>
        <translation>예약 취소</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="45"/>
        <source>Publish</source>
        <translation>출고</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="46"/>
        <source>Unpublish</source>
        <translation>출고 취소</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="54"/>
        <source>Submitted — the desk is reviewing it</source>
        <translation>송고한 기사입니다 — 데스크가 검토 중입니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="56"/>
        <source>Approved by the desk — ask the desk to return it to change it</source>
        <translation>승인된 기사입니다 — 수정하려면 데스크에 반려를 요청하세요</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="60"/>
        <source>Scheduled for publication — ask the desk to return it to change it</source>
        <translation>출고 예약된 기사입니다 — 수정하려면 데스크에 반려를 요청하세요</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="64"/>
        <source>Published — ask the desk to return it to change it</source>
        <translation>출고된 기사입니다 — 수정하려면 데스크에 반려를 요청하세요</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="66"/>
        <source>Taken off the site — only the desk can change it now</source>
        <translation>출고를 취소한 기사입니다 — 이제 데스크만 고칠 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="67"/>
        <source>Only the desk can change this article now</source>
        <translation>이제 데스크만 이 기사를 고칠 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="74"/>
        <source>Another reporter&apos;s article — you can only read it</source>
        <translation>다른 기자의 기사입니다 — 읽기만 할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="78"/>
        <source>Only the desk (editors and administrators) may do this</source>
        <translation>데스크(편집자·관리자)만 할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="80"/>
        <source>Only the desk may give an article to another reporter</source>
        <translation>기사를 다른 기자에게 넘기는 일은 데스크만 할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="82"/>
        <source>The article is in the trash — restore it first</source>
        <translation>휴지통에 있는 기사입니다 — 먼저 복원하세요</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="84"/>
        <source>The article is not in the trash</source>
        <translation>휴지통에 있는 기사가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/article_permissions.py" line="83"/>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="85"/>
        <source>Your role does not allow this</source>
        <translation>역할상 할 수 없는 일입니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/article_permissions.py" line="85"/>
        <location filename="../../src/newsdesk/ui/app/permission_texts.py" line="94"/>
        <source>%1: not allowed — %2</source>
        <translation>%1: 권한이 없습니다 — %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/article_permissions.py" line="101"/>
        <source>Changes cannot be saved</source>
        <translation>고친 내용을 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/article_permissions.py" line="102"/>
        <source>You may not change this article any more (%1). Discard your changes to it?</source>
        <translation>이 기사는 이제 고칠 수 없습니다(%1). 고친 내용을 버릴까요?</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photo_permissions.py" line="82"/>
        <source>Not allowed</source>
        <extracomment>Until the window says otherwise (no identity yet): what the services allow then.</extracomment>
        <translation>권한 없음</translation>
    </message>
</context>
<context>
    <name>PhotoCrop</name>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photo_crop.py" line="43"/>
        <source>Crop and rotate…</source>
        <translation>자르기·회전…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photo_crop.py" line="45"/>
        <source>Crop and rotate the selected photo; the original file stays as it is</source>
        <translation>고른 사진을 자르거나 돌립니다. 원본 파일은 바뀌지 않습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photo_crop.py" line="129"/>
        <source>Cannot crop the photo</source>
        <extracomment>The dialog while it is open (tests drive it).</extracomment>
        <translation>사진을 자를 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photo_crop.py" line="138"/>
        <source>The original of “%1” is no longer in the photo folder; import the photo again to crop it.</source>
        <translation>“%1”의 원본이 사진 폴더에 없습니다. 사진을 다시 가져온 뒤 자르세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photo_crop.py" line="142"/>
        <source>The crop is too small; choose a larger part of the photo.</source>
        <translation>자를 영역이 너무 작습니다. 사진을 더 넓게 고르세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photo_crop.py" line="145"/>
        <source>The original of “%1” can no longer be read: %2</source>
        <translation>“%1”의 원본을 더 이상 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>PhotoDetailsForm</name>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photo_details_form.py" line="47"/>
        <source>What the photo shows, as printed under it</source>
        <extracomment>(photo id, new details) when what the fields hold differs from what is stored. What was last stored (or reported for storing) for the shown photo.</extracomment>
        <translation>사진 아래에 실릴 설명</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photo_details_form.py" line="49"/>
        <source>e.g. 김민수 기자</source>
        <translation>예: 김민수 기자</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photo_details_form.py" line="51"/>
        <source>For readers who cannot see the photo</source>
        <translation>사진을 볼 수 없는 독자를 위한 설명</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photo_details_form.py" line="75"/>
        <source>Caption</source>
        <extracomment>The last report could not be stored (a full disk): report it again.</extracomment>
        <translation>사진 설명</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photo_details_form.py" line="76"/>
        <source>Credit</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photo_details_form.py" line="77"/>
        <source>Alt text</source>
        <translation>대체 텍스트</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photo_details_form.py" line="88"/>
        <source>caption</source>
        <translation>사진 설명</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photo_details_form.py" line="90"/>
        <source>credit</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photo_details_form.py" line="92"/>
        <source>alt text</source>
        <translation>대체 텍스트</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photo_details_form.py" line="97"/>
        <source>⚠ Missing: %1</source>
        <translation>⚠ 빠진 항목: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photo_details_form.py" line="125"/>
        <source>No photo selected.</source>
        <translation>선택한 사진이 없습니다.</translation>
    </message>
</context>
<context>
    <name>PhotoImport</name>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="35"/>
        <source>an empty file</source>
        <extracomment>Short alias; pyside6-lupdate still finds ``T.translate(&quot;PhotoImport&quot;, …)`` calls. What a file &quot;is&quot; (``ContentKind.description``), as a noun phrase.</extracomment>
        <translation>빈 파일</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="36"/>
        <source>an AVIF image</source>
        <translation>AVIF 이미지</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="37"/>
        <source>a HEIC photo</source>
        <translation>HEIC 사진</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="38"/>
        <source>a Canon RAW photo</source>
        <translation>캐논 RAW 사진</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="39"/>
        <source>a video file (MP4/MOV)</source>
        <translation>동영상 파일(MP4/MOV)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="40"/>
        <source>a BMP image</source>
        <translation>BMP 이미지</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="41"/>
        <source>a Photoshop document</source>
        <translation>포토샵 문서</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="42"/>
        <source>a JPEG 2000 image</source>
        <translation>JPEG 2000 이미지</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="43"/>
        <source>a JPEG XL image</source>
        <translation>JPEG XL 이미지</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="44"/>
        <source>a PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="45"/>
        <source>a ZIP archive or office document</source>
        <translation>ZIP 압축 파일이나 오피스 문서</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="46"/>
        <source>an SVG drawing</source>
        <translation>SVG 그림</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="47"/>
        <source>a web page (HTML), not the picture itself</source>
        <translation>사진 자체가 아니라 웹 페이지(HTML)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="48"/>
        <source>a text file</source>
        <translation>텍스트 파일</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="49"/>
        <source>in a format Newsdesk does not recognise</source>
        <translation>Newsdesk가 알아볼 수 없는 형식</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="64"/>
        <source>%1 megapixels</source>
        <translation>%1메가픽셀</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="66"/>
        <source>%1 pixels</source>
        <translation>%1픽셀</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="74"/>
        <source>the file is empty (0 bytes); copy the photo again</source>
        <extracomment>Reasons without variable parts.</extracomment>
        <translation>파일이 비어 있습니다(0바이트). 사진을 다시 복사하세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="75"/>
        <source>HEIC photos are not supported: export the photo as JPEG and import it again (on an iPhone, Settings &gt; Camera &gt; Formats &gt; Most Compatible makes new photos JPEG)</source>
        <translation>HEIC 사진은 지원하지 않습니다. 사진을 JPEG로 내보낸 뒤 다시 가져오세요(아이폰에서 설정 &gt; 카메라 &gt; 포맷 &gt; 높은 호환성을 고르면 새로 찍는 사진이 JPEG로 저장됩니다).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="80"/>
        <source>AVIF images are not supported: save the image as JPEG and import it again</source>
        <translation>AVIF 이미지는 지원하지 않습니다. 이미지를 JPEG로 저장한 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="84"/>
        <source>camera RAW files are not supported: develop or export the photo as JPEG in the camera software first</source>
        <translation>카메라 RAW 파일은 지원하지 않습니다. 먼저 카메라 프로그램에서 사진을 JPEG로 현상하거나 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="89"/>
        <source>BMP images are not supported: save it as JPEG</source>
        <translation>BMP 이미지는 지원하지 않습니다. JPEG로 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="90"/>
        <source>Photoshop documents (PSD) are not supported: export the picture as JPEG</source>
        <translation>포토샵 문서(PSD)는 지원하지 않습니다. 그림을 JPEG로 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="93"/>
        <source>JPEG 2000 images are not supported: save it as JPEG</source>
        <translation>JPEG 2000 이미지는 지원하지 않습니다. JPEG로 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="94"/>
        <source>JPEG XL images are not supported: save it as JPEG</source>
        <translation>JPEG XL 이미지는 지원하지 않습니다. JPEG로 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="95"/>
        <source>SVG drawings are not supported: export it as PNG</source>
        <translation>SVG 그림은 지원하지 않습니다. PNG로 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="96"/>
        <source>the image has no pixels (its header says it is empty)</source>
        <translation>이미지에 픽셀이 없습니다(파일 머리에 빈 이미지로 적혀 있습니다).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="97"/>
        <source>animated images are not supported; use a still photo</source>
        <translation>움직이는 이미지는 지원하지 않습니다. 정지 사진을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="98"/>
        <source>it is a folder, not a photo file</source>
        <translation>사진 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="99"/>
        <source>it is not a regular file</source>
        <translation>일반 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="100"/>
        <source>the file does not exist (was it moved or deleted?)</source>
        <translation>파일이 없습니다(옮겨졌거나 지워졌나요?).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="101"/>
        <source>the file cannot be read: permission denied</source>
        <translation>파일을 읽을 수 없습니다. 읽기 권한이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="102"/>
        <source>the file grew while it was being read; wait until copying has finished</source>
        <translation>읽는 동안 파일이 커졌습니다. 복사가 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="105"/>
        <source>the image claims an enormous pixel size and was not opened; it may be damaged or built to crash programs</source>
        <translation>이미지가 터무니없이 큰 픽셀 크기를 내세워 열지 않았습니다. 손상되었거나 프로그램을 멈추게 하려고 만든 파일일 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="110"/>
        <source>the image carries an oversized metadata block (text or colour profile) and was refused for safety; re-save it in an image editor</source>
        <translation>이미지에 지나치게 큰 메타데이터(텍스트나 색 프로필)가 들어 있어 안전을 위해 받지 않았습니다. 이미지 편집 프로그램에서 다시 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="115"/>
        <source>the image file is incomplete (cut off); it was probably not fully copied or downloaded, so copy it again</source>
        <translation>이미지 파일이 중간에 잘려 있습니다. 복사나 내려받기가 덜 끝난 것 같으니 다시 복사하세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="120"/>
        <source>the image data is damaged and cannot be decoded; try exporting the photo again</source>
        <translation>이미지 데이터가 손상되어 읽을 수 없습니다. 사진을 다시 내보내 보세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="124"/>
        <source>there is not enough memory to open this image</source>
        <translation>메모리가 부족해 이 이미지를 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="138"/>
        <source>%1 (the name ends in %2 but the file is %3)</source>
        <translation>%1 (이름은 %2(으)로 끝나지만 실제로는 %3입니다)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="147"/>
        <source>the file is too short to be an image (%1 bytes); copy the photo again</source>
        <translation>파일이 너무 짧아 이미지일 수 없습니다(%1바이트). 사진을 다시 복사하세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="158"/>
        <source>the file is not a %1 image although its name ends in %2 (it is %3)</source>
        <translation>이름은 %2(으)로 끝나지만 %1 이미지가 아닙니다(실제로는 %3입니다).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="170"/>
        <source>the file is %1; use a JPEG, PNG, WebP, GIF or TIFF image</source>
        <translation>이 파일은 %1입니다. JPEG, PNG, WebP, GIF, TIFF 이미지를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="181"/>
        <source>the image is too large: %1 × %2 pixels (%3; the limit is %4). It may be damaged or built to crash programs; reduce it in an image editor.</source>
        <translation>이미지가 너무 큽니다: %1 × %2 픽셀(%3, 한도 %4). 손상되었거나 프로그램을 멈추게 하려고 만든 파일일 수 있습니다. 이미지 편집 프로그램에서 크기를 줄이세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="196"/>
        <source>the file is a link to %1, which does not exist (was it moved, or is its drive not connected?)</source>
        <translation>이 파일은 %1을(를) 가리키는 링크인데 그 파일이 없습니다(옮겨졌거나 드라이브가 연결되지 않았나요?).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="206"/>
        <source>the file cannot be read (%1)</source>
        <translation>파일을 읽을 수 없습니다(%1).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="212"/>
        <source>the file is too large (%1 MB; the limit is %2 MB); save a smaller JPEG</source>
        <translation>파일이 너무 큽니다(%1MB, 한도 %2MB). 더 작은 JPEG로 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="224"/>
        <source>the photo could not be saved in the photo folder (%1); check the free disk space and folder permissions</source>
        <translation>사진을 사진 폴더에 저장하지 못했습니다(%1). 디스크 여유 공간과 폴더 권한을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="236"/>
        <source>the file starts like a %1 image but cannot be read as one; it is probably damaged</source>
        <translation>파일이 %1 이미지처럼 시작하지만 %1 이미지로 읽을 수 없습니다. 손상된 것 같습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="247"/>
        <source>the image uses a colour format Newsdesk cannot convert (%1)</source>
        <translation>Newsdesk가 변환할 수 없는 색 형식(%1)의 이미지입니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="256"/>
        <source>the stored original is %1</source>
        <translation>저장된 원본이 %1입니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/import_messages.py" line="261"/>
        <source>%1 images are not supported</source>
        <translation>%1 이미지는 지원하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photos_panel.py" line="92"/>
        <source>Add photos…</source>
        <extracomment>A caption / credit / alt text was stored: this fires while the user types, and the article list shows none of it (only the preview does). 1-based position of the photo to reference in the body. Photos were added to an article that does not exist yet: save it, then set_article. (imported, failed) after an import run finished. Typed details could not be stored (the exception; a full disk): retried soon.</extracomment>
        <translation>사진 추가…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photos_panel.py" line="94"/>
        <source>Add photo files (you can also drop files here)</source>
        <translation>사진 파일을 추가합니다 (여기로 끌어 놓아도 됩니다)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photos_panel.py" line="97"/>
        <source>Move earlier (Ctrl+Up)</source>
        <translation>앞으로 (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photos_panel.py" line="101"/>
        <source>Move later (Ctrl+Down)</source>
        <translation>뒤로 (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photos_panel.py" line="104"/>
        <source>Main photo</source>
        <translation>대표 사진</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photos_panel.py" line="105"/>
        <source>Use the selected photo as the article&apos;s main photo</source>
        <translation>선택한 사진을 대표 사진으로 씁니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photos_panel.py" line="107"/>
        <source>Insert into body</source>
        <translation>본문에 넣기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photos_panel.py" line="108"/>
        <source>Insert a reference to this photo into the body</source>
        <translation>이 사진을 본문에 넣습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photos_panel.py" line="112"/>
        <source>Remove photo (Delete)</source>
        <translation>사진 빼기 (Delete)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photos_panel.py" line="125"/>
        <source>Drop photo files here; drag a photo to change the order</source>
        <translation>사진 파일을 여기로 끌어 놓으세요. 사진을 끌어 순서를 바꿉니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photos_panel.py" line="141"/>
        <source>Drop photos here or click “Add photos…”.</source>
        <translation>사진을 여기로 끌어 놓거나 “사진 추가…”를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photos_panel.py" line="147"/>
        <source>Result of the last import, one line per file</source>
        <translation>마지막 가져오기 결과 (파일마다 한 줄)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photos_panel.py" line="222"/>
        <source>Add photos</source>
        <translation>사진 추가</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photos_panel.py" line="224"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff *.heic);;All files (*)</source>
        <translation>이미지 (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff *.heic);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photos_panel.py" line="251"/>
        <source>Importing %v of %m…</source>
        <translation>%m개 중 %v번째 가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photos_panel.py" line="274"/>
        <source>Not imported: %1</source>
        <translation>가져오지 못함: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photos_panel.py" line="276"/>
        <source>Imported: %1</source>
        <translation>가져옴: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photos_panel.py" line="283"/>
        <source>%1 imported, %2 failed</source>
        <translation>%1개 가져옴, %2개 실패</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photos_panel.py" line="290"/>
        <source>Import stopped: %1</source>
        <translation>가져오기 중단: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photos_panel.py" line="384"/>
        <source>Remove photo</source>
        <translation>사진 빼기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photos_panel.py" line="385"/>
        <source>Remove “%1” from this article?</source>
        <translation>이 기사에서 “%1” 사진을 뺄까요?</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/photos/photos_panel.py" line="433"/>
        <source>Main photo (대표 사진)</source>
        <translation>대표 사진</translation>
    </message>
</context>
<context>
    <name>PreviewWidth</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/preview_width.py" line="60"/>
        <source>Desktop</source>
        <extracomment>CSS pixels of a desktop browser window showing the site (1080 px column + margins). CSS pixels of a common phone screen (iPhone 12–15, Galaxy S2x: 360–393).</extracomment>
        <translation>데스크톱</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/preview_width.py" line="61"/>
        <source>Phone</source>
        <translation>휴대전화</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/preview_width.py" line="80"/>
        <source>Width:</source>
        <translation>너비:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/app/qt_catalogue_gaps.py" line="20"/>
        <source>&amp;Look in:</source>
        <translation>찾는 위치(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/app/qt_catalogue_gaps.py" line="21"/>
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../src/newsdesk/ui/app/qt_catalogue_gaps.py" line="22"/>
        <source>Discard</source>
        <translation>저장 안 함</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/recovery_dialog.py" line="41"/>
        <source>Recover unsaved typing</source>
        <translation>저장하지 않은 입력 복구</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/recovery_dialog.py" line="48"/>
        <source>Newsdesk closed before these articles were saved. Restore one to keep editing it, or discard what you do not need.</source>
        <translation>Newsdesk가 아래 기사를 저장하기 전에 닫혔습니다. 계속 쓸 기사는 복구하고, 필요 없는 것은 버리세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/recovery_dialog.py" line="55"/>
        <source>Unsaved drafts, newest first</source>
        <translation>저장하지 않은 원고 (최근 순)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/recovery_dialog.py" line="58"/>
        <source>How the selected draft begins</source>
        <translation>선택한 원고의 앞부분</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/recovery_dialog.py" line="61"/>
        <source>&amp;Restore</source>
        <translation>복구(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/recovery_dialog.py" line="62"/>
        <source>Open the selected draft in the editor</source>
        <translation>선택한 원고를 편집기에서 엽니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/recovery_dialog.py" line="63"/>
        <source>&amp;Discard</source>
        <translation>버리기(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/recovery_dialog.py" line="64"/>
        <source>Delete the selected draft for good</source>
        <translation>선택한 원고를 완전히 지웁니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/recovery_dialog.py" line="65"/>
        <source>Decide &amp;later</source>
        <translation>나중에 결정(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/recovery_dialog.py" line="66"/>
        <source>Keep the drafts and ask again at the next start</source>
        <translation>원고를 남겨 두고 다음 시작 때 다시 묻습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/recovery_dialog.py" line="89"/>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/recovery_dialog.py" line="90"/>
        <source>new article</source>
        <translation>새 기사</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/recovery_dialog.py" line="90"/>
        <source>saved article</source>
        <translation>저장된 기사</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/recovery_dialog.py" line="120"/>
        <source>Discard draft</source>
        <translation>원고 버리기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/recovery_dialog.py" line="121"/>
        <source>Delete this unsaved text for good?</source>
        <translation>저장하지 않은 이 글을 완전히 지울까요?</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/restore_dialog.py" line="66"/>
        <location filename="../../src/newsdesk/ui/dialogs/restore_dialog.py" line="137"/>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/restore_dialog.py" line="69"/>
        <source>A backup is restored into an empty folder, as a newsroom of its own. The open newsroom is not changed.</source>
        <translation>백업은 빈 폴더에 별도의 편집국으로 복원됩니다. 지금 열려 있는 편집국은 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/restore_dialog.py" line="75"/>
        <source>Backup file (.zip)</source>
        <translation>백업 파일 (.zip)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/restore_dialog.py" line="78"/>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/restore_dialog.py" line="83"/>
        <source>An empty folder for the restored newsroom</source>
        <translation>복원한 편집국을 둘 빈 폴더</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/restore_dialog.py" line="85"/>
        <source>Choose &amp;folder…</source>
        <translation>폴더 선택(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/restore_dialog.py" line="89"/>
        <source>Backup:</source>
        <translation>백업:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/restore_dialog.py" line="90"/>
        <source>Restore into:</source>
        <translation>복원 위치:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/restore_dialog.py" line="98"/>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/restore_dialog.py" line="101"/>
        <source>Open in a &amp;new window</source>
        <translation>새 창에서 열기(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/restore_dialog.py" line="102"/>
        <source>Start another Newsdesk on the restored newsroom</source>
        <translation>복원한 편집국으로 Newsdesk를 하나 더 엽니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/restore_dialog.py" line="105"/>
        <source>C&amp;lose</source>
        <translation>닫기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/restore_dialog.py" line="137"/>
        <source>Newsdesk backups (*.zip)</source>
        <translation>Newsdesk 백업 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/restore_dialog.py" line="145"/>
        <source>Restore into</source>
        <translation>복원 위치</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/restore_dialog.py" line="162"/>
        <source>Made %1 by Newsdesk %2: %3 articles, %4 photos.</source>
        <translation>%1에 Newsdesk %2(으)로 만든 백업: 기사 %3건, 사진 %4장.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/restore_dialog.py" line="179"/>
        <source>That is the folder of the open newsroom. Choose an empty folder: a restore never replaces a newsroom.</source>
        <translation>지금 열려 있는 편집국의 폴더입니다. 빈 폴더를 고르세요. 복원은 기존 편집국을 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/restore_dialog.py" line="184"/>
        <source>Checking the backup…</source>
        <translation>백업을 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/restore_dialog.py" line="190"/>
        <source>Checking %1</source>
        <translation>%1 확인 중</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/restore_dialog.py" line="198"/>
        <source>Restored into %1: %2 articles, %3 photos. The database passed its checks.</source>
        <translation>%1에 복원했습니다: 기사 %2건, 사진 %3장. 데이터베이스 검사를 통과했습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/restore_dialog.py" line="203"/>
        <source>To work in it, open it in a new window, or start Newsdesk with: %1</source>
        <translation>작업하려면 새 창에서 열거나, 다음 명령으로 Newsdesk를 시작하세요: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/restore_dialog.py" line="210"/>
        <source>Nothing was restored: %1</source>
        <translation>아무것도 복원하지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/restore_dialog.py" line="220"/>
        <source>Newsdesk could not be started; run: %1</source>
        <translation>Newsdesk를 시작할 수 없습니다. 다음을 실행하세요: %1</translation>
    </message>
</context>
<context>
    <name>ReturnNoteDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="42"/>
        <source>Return to reporter</source>
        <extracomment>Short alias; pyside6-lupdate still finds ``T.translate(&quot;Workflow&quot;, …)``.</extracomment>
        <translation>기자에게 반려</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="45"/>
        <source>Tell the reporter what to change in “%1”.</source>
        <translation>“%1”에서 무엇을 고쳐야 하는지 기자에게 알려 주세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="49"/>
        <source>e.g. 둘째 문단의 인용 출처를 밝혀 주세요.</source>
        <translation>예: 둘째 문단의 인용 출처를 밝혀 주세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="50"/>
        <source>Required: shown in the article&apos;s history</source>
        <translation>꼭 적어야 합니다. 기사 이력에 남습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="55"/>
        <source>&amp;Return</source>
        <translation>반려(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RevisionCompareView</name>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_compare.py" line="113"/>
        <source>Select two revisions to compare them.</source>
        <extracomment>Rows of the field list as shown: (field, older cell, newer cell). Photo rows as shown: (change, thumbnail, description).</extracomment>
        <translation>비교할 두 판을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_compare.py" line="133"/>
        <source>◀ Previous change</source>
        <translation>◀ 이전 변경</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_compare.py" line="134"/>
        <source>Next change ▶</source>
        <translation>다음 변경 ▶</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_compare.py" line="135"/>
        <source>The change before this one (Shift+F7)</source>
        <translation>본문의 이전 변경으로 (Shift+F7)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_compare.py" line="136"/>
        <source>The next change in the body (F7)</source>
        <translation>본문의 다음 변경으로 (F7)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_compare.py" line="202"/>
        <source>The two revisions are the same.</source>
        <translation>두 판이 같습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_compare.py" line="283"/>
        <source>No changes in the body</source>
        <translation>본문 변경 없음</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_compare.py" line="286"/>
        <source>Change %1 of %2</source>
        <translation>변경 %1/%2</translation>
    </message>
</context>
<context>
    <name>RevisionLabels</name>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_labels.py" line="72"/>
        <source>(none)</source>
        <extracomment>Short alias; pyside6-lupdate still finds ``T.translate(&quot;RevisionLabels&quot;, …)``. Fields whose value is a name (a status, a section, a person): shown whole, not diffed.</extracomment>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_labels.py" line="80"/>
        <source>Headline</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_labels.py" line="81"/>
        <source>Subheadline</source>
        <translation>부제</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_labels.py" line="82"/>
        <source>Body</source>
        <translation>본문</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_labels.py" line="83"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_labels.py" line="84"/>
        <source>Section</source>
        <translation>섹션</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_labels.py" line="85"/>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_labels.py" line="86"/>
        <source>Byline</source>
        <translation>기자명</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_labels.py" line="87"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_labels.py" line="88"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_labels.py" line="89"/>
        <source>Photos</source>
        <translation>사진</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_labels.py" line="106"/>
        <source>Photo without a caption</source>
        <translation>설명 없는 사진</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_labels.py" line="112"/>
        <source>Photo added</source>
        <translation>사진 추가</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_labels.py" line="114"/>
        <source>Photo removed</source>
        <translation>사진 삭제</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_labels.py" line="116"/>
        <source>Photo changed</source>
        <translation>사진 변경</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_labels.py" line="124"/>
        <source>Main photo</source>
        <translation>대표 사진</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_labels.py" line="126"/>
        <source>Order: %1 → %2</source>
        <translation>순서: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_labels.py" line="136"/>
        <source>Made the main photo</source>
        <translation>대표 사진으로 지정</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_labels.py" line="138"/>
        <source>No longer the main photo</source>
        <translation>대표 사진 해제</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_labels.py" line="140"/>
        <source>Caption changed</source>
        <translation>설명 변경</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_labels.py" line="141"/>
        <source>Credit changed</source>
        <translation>출처 변경</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_labels.py" line="142"/>
        <source>Alt text changed</source>
        <translation>대체 텍스트 변경</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_labels.py" line="153"/>
        <source>no. %1</source>
        <translation>%1번째</translation>
    </message>
</context>
<context>
    <name>Revisions</name>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_compare.py" line="61"/>
        <source>First saved</source>
        <extracomment>Short alias; pyside6-lupdate still finds ``T.translate(&quot;Revisions&quot;, …)``. The field list never takes more than this share of the view from the bodies.</extracomment>
        <translation>처음 저장</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_compare.py" line="62"/>
        <source>Imported</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_compare.py" line="63"/>
        <source>Duplicated</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_compare.py" line="64"/>
        <source>Saved</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_compare.py" line="65"/>
        <source>Restored</source>
        <translation>되돌림</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_compare.py" line="66"/>
        <source>Before restoring</source>
        <translation>되돌리기 전</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_compare.py" line="67"/>
        <source>Hand-off file</source>
        <translation>전달 파일</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_compare.py" line="68"/>
        <source>Hand-off file (both changed)</source>
        <translation>전달 파일 (양쪽 수정)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_compare.py" line="69"/>
        <source>This PC&apos;s version</source>
        <translation>이 PC의 판</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_compare.py" line="70"/>
        <source>Before the hand-off import</source>
        <translation>전달 파일 가져오기 전</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_compare.py" line="71"/>
        <source>Hand-off export</source>
        <translation>전달 파일 내보내기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_compare.py" line="72"/>
        <source>Hand-off update (waiting for the desk)</source>
        <translation>전달 파일 수정본 (데스크 확인 대기)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/revision_compare.py" line="73"/>
        <source>Hand-off update applied</source>
        <translation>전달 파일 수정본 적용</translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/save_conflict_dialog.py" line="51"/>
        <source>Headline</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/save_conflict_dialog.py" line="52"/>
        <source>Sub-headline</source>
        <translation>부제</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/save_conflict_dialog.py" line="53"/>
        <source>Body</source>
        <translation>본문</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/save_conflict_dialog.py" line="54"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/save_conflict_dialog.py" line="55"/>
        <source>Section</source>
        <translation>섹션</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/save_conflict_dialog.py" line="56"/>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/save_conflict_dialog.py" line="57"/>
        <source>Byline</source>
        <translation>기자명</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/save_conflict_dialog.py" line="58"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/save_conflict_dialog.py" line="108"/>
        <source>← Use stored</source>
        <translation>← 저장된 쪽 쓰기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/save_conflicts.py" line="80"/>
        <source>Saved your version over the stored one</source>
        <extracomment>How often in a row a save may lose again (someone keeps saving) before we stop asking.</extracomment>
        <translation>내 버전을 저장된 버전 위에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/save_conflicts.py" line="98"/>
        <source>Showing the stored version; yours is kept in the history</source>
        <translation>저장된 버전을 보여 줍니다. 내 버전은 이력에 보관했습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/save_conflicts.py" line="105"/>
        <source>Saved</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/save_conflicts.py" line="106"/>
        <source>Saved — merged with changes made elsewhere to: %1</source>
        <translation>저장됨 — 다른 곳에서 바뀐 항목과 합쳤습니다: %1</translation>
    </message>
</context>
<context>
    <name>SaveConflictDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/save_conflict_dialog.py" line="195"/>
        <source>Saved elsewhere meanwhile</source>
        <translation>그사이 다른 곳에서 저장됨</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/save_conflict_dialog.py" line="202"/>
        <source>While you were editing, %1 saved this article (%2). Both of you changed the fields below. Your text is kept in the autosave until you choose.</source>
        <translation>편집하는 동안 %1 님이 이 기사를 저장했습니다(%2). 아래 항목은 두 사람이 모두 고쳤습니다. 고르기 전까지 내 글은 자동 저장에 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/save_conflict_dialog.py" line="207"/>
        <source>While you were editing, this article was saved elsewhere (%2). Both sides changed the fields below. Your text is kept in the autosave until you choose.</source>
        <translation>편집하는 동안 이 기사가 다른 곳에서 저장되었습니다(%2). 아래 항목은 양쪽에서 모두 고쳤습니다. 고르기 전까지 내 글은 자동 저장에 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/save_conflict_dialog.py" line="216"/>
        <source>Merged by themselves (changed only in the stored version): %1</source>
        <translation>자동으로 합친 항목(저장된 버전에서만 바뀜): %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/save_conflict_dialog.py" line="225"/>
        <source>&lt;b&gt;My version&lt;/b&gt; (you can edit it here)</source>
        <translation>&lt;b&gt;내 버전&lt;/b&gt; (여기서 고칠 수 있습니다)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/save_conflict_dialog.py" line="226"/>
        <source>&lt;b&gt;Stored version&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;저장된 버전&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/save_conflict_dialog.py" line="243"/>
        <source>&amp;Save my version</source>
        <translation>내 버전 저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/save_conflict_dialog.py" line="246"/>
        <source>&amp;Take the stored version</source>
        <translation>저장된 버전 받기(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/save_conflict_dialog.py" line="249"/>
        <source>Your version is kept in the article&apos;s history as a revision.</source>
        <translation>내 버전은 기사 이력에 수정본으로 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/save_conflict_dialog.py" line="252"/>
        <source>&amp;Back to editing</source>
        <translation>편집으로 돌아가기(&amp;B)</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="74"/>
        <source>Schedule publication</source>
        <translation>출고 예약</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="83"/>
        <source>Korea Standard Time (Asia/Seoul)</source>
        <translation>한국 표준시 (Asia/Seoul)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="84"/>
        <source>Publish at (Korea time):</source>
        <translation>출고 시각 (한국 시각):</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="107"/>
        <source>Time in the past</source>
        <translation>지난 시각</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="108"/>
        <source>Choose a time in the future, or publish now instead.</source>
        <translation>앞으로의 시각을 고르거나 지금 출고하세요.</translation>
    </message>
</context>
<context>
    <name>ScheduledPublisher</name>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/schedule_runner.py" line="138"/>
        <source>Scheduled articles</source>
        <extracomment>Longest wait between two looks at the schedule. Fire a little after the scheduled second, so &quot;due&quot; is certainly true then. article id -&gt; the version whose failure the user was told about.</extracomment>
        <translation>예약 기사</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/schedule_runner.py" line="142"/>
        <source>Published at the scheduled time: %1</source>
        <translation>예약 시각이 되어 출고했습니다: %1</translation>
    </message>
</context>
<context>
    <name>ServerPublishing</name>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/server_publishing.py" line="173"/>
        <source>&amp;Server publishing</source>
        <extracomment>The runner starts this long after the window is first shown (the first paint comes first). Names of window actions after which new outbox jobs are likely queued.</extracomment>
        <translation>서버 게시(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/server_publishing.py" line="174"/>
        <source>&amp;Targets…</source>
        <translation>게시 대상(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/server_publishing.py" line="176"/>
        <source>&amp;Outbox</source>
        <translation>보낼 편지함(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/server_publishing.py" line="177"/>
        <source>Send &amp;now</source>
        <translation>지금 보내기(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/server_publishing.py" line="178"/>
        <source>Sync &amp;view counts</source>
        <translation>조회수 가져오기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/server_publishing.py" line="307"/>
        <source>Server: error — %1</source>
        <translation>서버: 오류 — %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/server_publishing.py" line="312"/>
        <source>Server: %1 in conflict</source>
        <translation>서버: 충돌 %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/server_publishing.py" line="314"/>
        <source>Server: %1 failed</source>
        <translation>서버: 실패 %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/server_publishing.py" line="318"/>
        <source>Server: offline — retry %1</source>
        <translation>서버: 오프라인 — 다시 시도 %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/server_publishing.py" line="322"/>
        <source>Server: %1 waiting</source>
        <translation>서버: 대기 %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/server_publishing.py" line="323"/>
        <source>Server: all sent</source>
        <translation>서버: 모두 전송됨</translation>
    </message>
</context>
<context>
    <name>SiteFolder</name>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/site_folder_prompt.py" line="38"/>
        <source>Choose the site folder</source>
        <extracomment>Short alias; pyside6-lupdate still finds ``T.translate(&quot;SiteFolder&quot;, …)``.</extracomment>
        <translation>사이트 폴더 선택</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/site_folder_prompt.py" line="53"/>
        <source>No site folder</source>
        <translation>사이트 폴더 없음</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/site_folder_prompt.py" line="55"/>
        <source>“%1” is published, but no public page was written: no site folder is set and no server is set up.</source>
        <translation>“%1” 기사는 출고되었지만 공개 페이지는 만들어지지 않았습니다. 사이트 폴더가 정해지지 않았고 서버도 설정되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/site_folder_prompt.py" line="59"/>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/site_folder_prompt.py" line="62"/>
        <source>Choose the folder Newsdesk writes the public site into, and the site is written now. You can also set it later in File ▸ Site settings… (Export folder).</source>
        <translation>공개 사이트를 쓸 폴더를 고르면 지금 바로 사이트를 씁니다. 나중에 파일 ▸ 사이트 설정…(내보낼 폴더)에서 정할 수도 있습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/site_folder_prompt.py" line="69"/>
        <source>&amp;Choose site folder…</source>
        <translation>사이트 폴더 선택(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/site_folder_prompt.py" line="71"/>
        <source>&amp;Later</source>
        <translation>나중에(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/site_folder_prompt.py" line="83"/>
        <source>Not on the site yet: set the site folder in File ▸ Site settings…</source>
        <translation>아직 사이트에 없습니다: 파일 ▸ 사이트 설정…에서 사이트 폴더를 정하세요</translation>
    </message>
</context>
<context>
    <name>SiteSettingsDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="48"/>
        <source>Site settings</source>
        <translation>사이트 설정</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="53"/>
        <source> articles</source>
        <translation>건</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="54"/>
        <source>Articles per page of the public article list</source>
        <translation>공개 기사 목록의 페이지당 기사 수</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="56"/>
        <source>Site</source>
        <translation>사이트</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="66"/>
        <source>Shown next to the headline of articles with photos; empty: no mark</source>
        <translation>사진이 있는 기사의 제목 옆에 붙는 표시입니다. 비워 두면 표시하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="72"/>
        <source>Legal footer (신문법 §21, §9-2)</source>
        <translation>법정 하단 정보 (신문법 §21, §9-2)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="79"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="81"/>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="82"/>
        <source>Choose the folder the site is exported to</source>
        <translation>사이트를 내보낼 폴더를 고릅니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="110"/>
        <source>Site name</source>
        <translation>사이트 이름</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="111"/>
        <source>Site address (URL)</source>
        <translation>사이트 주소 (URL)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="112"/>
        <source>Site description</source>
        <translation>사이트 설명</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="113"/>
        <source>List page size</source>
        <translation>목록 페이지 크기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="114"/>
        <source>Photo mark in lists</source>
        <translation>목록의 사진 표시</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="115"/>
        <source>Masthead</source>
        <translation>제호</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="116"/>
        <source>Registration number</source>
        <translation>등록번호</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="117"/>
        <source>Registration date</source>
        <translation>등록연월일</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="118"/>
        <source>Publisher</source>
        <translation>발행인</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="119"/>
        <source>Editor</source>
        <translation>편집인</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="120"/>
        <source>Youth protection officer</source>
        <translation>청소년보호책임자</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="121"/>
        <source>Publishing office address</source>
        <translation>발행소 주소</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="122"/>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="123"/>
        <source>E-mail</source>
        <translation>전자우편</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="124"/>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="199"/>
        <source>Export folder</source>
        <translation>내보낼 폴더</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="178"/>
        <source>Required by law before the site can be published</source>
        <translation>사이트를 게시하려면 법으로 정해진 항목입니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="187"/>
        <source>Still empty (the site cannot be exported without them): %1</source>
        <translation>아직 비어 있음 (채워야 내보낼 수 있습니다): %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="209"/>
        <source>must be an http:// or https:// address, got %1</source>
        <translation>http:// 또는 https://로 시작하는 주소여야 합니다 (입력: %1)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="213"/>
        <source>must not contain ?query or #fragment</source>
        <translation>주소에 ?질의나 #조각이 들어가면 안 됩니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="215"/>
        <source>must be a whole number, got %1</source>
        <translation>정수여야 합니다 (입력: %1)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="218"/>
        <source>must be between 5 and 200, got %1</source>
        <translation>5에서 200 사이여야 합니다 (입력: %1)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="220"/>
        <source>is not an e-mail address: %1</source>
        <translation>e-mail 주소가 아닙니다: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/dialogs/site_settings_dialog.py" line="223"/>
        <source>must be at most %1 characters, got %2</source>
        <translation>%1자 이하로 써 주세요 (지금 %2자)</translation>
    </message>
</context>
<context>
    <name>StatusCounters</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/status_counters.py" line="27"/>
        <source>Characters, spaces included (글자수)</source>
        <translation>글자수 (공백 포함)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/status_counters.py" line="29"/>
        <source>Characters without spaces (공백 제외)</source>
        <translation>글자수 (공백 제외)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/status_counters.py" line="32"/>
        <source>200-character manuscript sheets (원고지 매수), rounded up</source>
        <translation>200자 원고지 매수 (올림)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/status_counters.py" line="37"/>
        <source>The selected text: characters, without spaces, manuscript sheets</source>
        <translation>선택한 부분의 글자수, 공백 제외 글자수, 원고지 매수</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/status_counters.py" line="77"/>
        <source>Selection: %1 characters · %2 without spaces · %3 sheets</source>
        <extracomment>Figures of the selection, or None when nothing is selected.</extracomment>
        <translation>선택: %1자 · 공백 제외 %2자 · 원고지 %3매</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/status_counters.py" line="90"/>
        <source>Characters: %1</source>
        <translation>글자수 %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/status_counters.py" line="92"/>
        <source>Without spaces: %1</source>
        <translation>공백 제외 %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/status_counters.py" line="95"/>
        <source>Manuscript sheets: %1</source>
        <translation>원고지 %1매</translation>
    </message>
</context>
<context>
    <name>StorageWarning</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/storage_warning.py" line="35"/>
        <source>The database server&apos;s disk is full.</source>
        <extracomment>White on red: the one status that must not be overlooked.</extracomment>
        <translation>데이터베이스 서버의 디스크가 가득 찼습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/storage_warning.py" line="37"/>
        <source>The disk holding %1 is full.</source>
        <translation>%1 폴더가 있는 디스크가 가득 찼습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/storage_warning.py" line="41"/>
        <source>Your disk quota for %1 is used up.</source>
        <translation>%1 폴더의 디스크 할당량을 다 썼습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/storage_warning.py" line="45"/>
        <source>(%1 free)</source>
        <translation>(남은 공간 %1)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/storage_warning.py" line="51"/>
        <source>Your text stays in the editor and nothing saved before is lost. Free some space: Newsdesk saves again by itself.</source>
        <translation>입력한 글은 편집기에 그대로 있고, 이미 저장한 것은 잃지 않았습니다. 디스크 공간을 비우면 Newsdesk가 스스로 다시 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/storage_warning.py" line="83"/>
        <source>Not autosaved: the disk is full</source>
        <translation>자동 저장 안 됨: 디스크가 가득 참</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/storage_warning.py" line="85"/>
        <source>Not autosaved: %1</source>
        <translation>자동 저장 안 됨: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/storage_warning.py" line="95"/>
        <source>Typing is not being saved</source>
        <translation>입력한 글이 저장되지 않고 있습니다</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="87"/>
        <source>Publish targets</source>
        <extracomment>(1 for success / 0 for failure, message) Emitted when targets were added, removed, enabled or given a token. Emitted with the shown text when a connection test ends (for tests and logs).</extracomment>
        <translation>게시 대상</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="96"/>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="144"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="96"/>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="145"/>
        <source>Server address</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="96"/>
        <source>Enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="96"/>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="146"/>
        <source>Token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="105"/>
        <source>Remove…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="106"/>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="226"/>
        <source>Disable</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="107"/>
        <source>Test connection</source>
        <translation>연결 시험</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="108"/>
        <source>Set token</source>
        <translation>토큰 설정</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="110"/>
        <source>Store the token typed below for the selected target</source>
        <translation>아래에 입력한 토큰을 선택한 대상에 저장합니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="112"/>
        <source>Use earlier token…</source>
        <translation>이전 토큰 사용…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="115"/>
        <source>Use the token an earlier Newsdesk saved under this target name, only if it was set for this newsroom</source>
        <translation>이전 버전 Newsdesk가 이 대상 이름으로 저장한 토큰을 씁니다. 이 신문사에 설정한 토큰일 때만 쓰세요</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="140"/>
        <source>from `newsdesk token create` on the server</source>
        <translation>서버에서 `newsdesk token create`로 만든 토큰</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="141"/>
        <source>Add target</source>
        <translation>대상 추가</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="142"/>
        <source>New target</source>
        <translation>새 대상</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="147"/>
        <source>The token is kept in the system keyring, never in files.</source>
        <translation>토큰은 파일이 아니라 시스템 키링에만 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="180"/>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="180"/>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="193"/>
        <source>Stored in keyring</source>
        <translation>키링에 저장됨</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="194"/>
        <source>Missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="195"/>
        <source>Address changed: enter again</source>
        <translation>주소 바뀜: 다시 입력</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="196"/>
        <source>Earlier version&apos;s: enter or use</source>
        <translation>이전 버전 토큰: 입력 또는 사용</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="226"/>
        <source>Enable</source>
        <translation>사용</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="244"/>
        <source>Target %1 added.</source>
        <translation>대상 %1을(를) 추가했습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="249"/>
        <source>Target %1 added, but the token was not stored: %2</source>
        <translation>대상 %1을(를) 추가했지만 토큰을 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="270"/>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="297"/>
        <source>Token of %1 stored.</source>
        <translation>%1의 토큰을 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="280"/>
        <source>An earlier Newsdesk saved a token for a target named %1, shared by every data folder on this PC. Use it only if it was set for this newsroom: from now on it is sent to %2 alone, and other data folders can no longer use it.</source>
        <translation>이전 버전 Newsdesk가 %1 대상의 토큰을 저장해 두었습니다. 이 토큰은 이 PC의 모든 데이터 폴더가 함께 쓰던 것입니다. 이 신문사에 설정한 토큰일 때만 사용하세요. 이제부터는 %2에만 보내고, 다른 데이터 폴더는 더 이상 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="286"/>
        <source>Use earlier token</source>
        <translation>이전 토큰 사용</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="307"/>
        <source>Remove target</source>
        <translation>대상 삭제</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="309"/>
        <source>Remove %1? Its token is deleted and its unsent jobs are cancelled.</source>
        <translation>%1을(를) 삭제할까요? 토큰이 지워지고 보내지 않은 작업은 취소됩니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="320"/>
        <source>Target %1 removed.</source>
        <translation>대상 %1을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="335"/>
        <source>Testing %1…</source>
        <translation>%1 시험 중…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="353"/>
        <source>Connection OK: the server answered and accepted the token (%1 articles).</source>
        <translation>연결 정상: 서버가 응답했고 토큰을 받아들였습니다 (기사 %1건).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/publishing/targets_dialog.py" line="357"/>
        <source>Connection failed: %1</source>
        <translation>연결 실패: %1</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/articles/trash_dialog.py" line="50"/>
        <source>Trash</source>
        <extracomment>Id of an article taken back out of the trash (the main window reloads its list). Articles were deleted for good.</extracomment>
        <translation>휴지통</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/trash_dialog.py" line="51"/>
        <source>Deleted articles stay here until you delete them permanently.</source>
        <translation>삭제한 기사는 완전히 지울 때까지 여기에 남습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/trash_dialog.py" line="58"/>
        <source>Headline</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/trash_dialog.py" line="58"/>
        <source>Section</source>
        <translation>섹션</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/trash_dialog.py" line="58"/>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/trash_dialog.py" line="58"/>
        <source>Updated</source>
        <translation>수정</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/trash_dialog.py" line="68"/>
        <source>&amp;Restore</source>
        <translation>복구(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/trash_dialog.py" line="69"/>
        <source>Put the selected articles back in the list</source>
        <translation>선택한 기사를 목록으로 되돌립니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/trash_dialog.py" line="71"/>
        <source>&amp;Delete permanently…</source>
        <translation>완전히 삭제(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/trash_dialog.py" line="73"/>
        <source>&amp;Empty trash…</source>
        <translation>휴지통 비우기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/trash_dialog.py" line="105"/>
        <source>(no headline)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/trash_dialog.py" line="151"/>
        <source>Cannot restore</source>
        <translation>복원할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/trash_dialog.py" line="159"/>
        <source>Delete permanently</source>
        <translation>완전히 삭제</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/trash_dialog.py" line="160"/>
        <source>Delete %1 article(s) permanently? This cannot be undone.</source>
        <translation>기사 %1건을 완전히 지울까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/trash_dialog.py" line="170"/>
        <source>Empty trash</source>
        <translation>휴지통 비우기</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/trash_dialog.py" line="172"/>
        <source>Delete all %1 article(s) in the trash permanently? This cannot be undone.</source>
        <translation>휴지통의 기사 %1건을 모두 완전히 지울까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/articles/trash_dialog.py" line="183"/>
        <source>Cannot delete</source>
        <translation>삭제할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="62"/>
        <source>&amp;Submit</source>
        <extracomment>Short alias; pyside6-lupdate still finds ``T.translate(&quot;Workflow&quot;, …)``.</extracomment>
        <translation>송고(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="63"/>
        <source>Run the checks and send the article to the desk for review (송고)</source>
        <translation>점검을 거쳐 기사를 데스크에 보내 검토받습니다 (송고)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="70"/>
        <source>&amp;Withdraw submission</source>
        <translation>송고 취소(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="71"/>
        <source>Take the article back from the desk before its review starts</source>
        <translation>데스크가 검토를 시작하기 전에 송고한 기사를 되돌려 받습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="75"/>
        <source>Start &amp;review</source>
        <translation>검토 시작(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="76"/>
        <source>Take the submitted article into review</source>
        <translation>송고된 기사의 검토를 시작합니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="81"/>
        <source>Re&amp;turn to reporter…</source>
        <translation>기자에게 반려(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="82"/>
        <source>Send the article back to its reporter with a note</source>
        <translation>메모와 함께 기사를 기자에게 돌려보냅니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="87"/>
        <source>A&amp;pprove</source>
        <translation>승인(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="88"/>
        <source>Approve the article for publication</source>
        <translation>기사 출고를 승인합니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="94"/>
        <source>Sc&amp;hedule…</source>
        <translation>예약 출고(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="95"/>
        <source>Publish the article automatically at a set time</source>
        <translation>정한 시각에 기사를 자동으로 출고합니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="100"/>
        <source>&amp;Cancel schedule</source>
        <translation>예약 취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="101"/>
        <source>Keep the article approved but not scheduled</source>
        <translation>기사를 승인 상태로 두고 예약을 취소합니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="107"/>
        <source>Chec&amp;k</source>
        <translation>점검(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="108"/>
        <source>Run the pre-publish checks on this article</source>
        <translation>이 기사를 출고 전 점검합니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="113"/>
        <source>H&amp;istory…</source>
        <translation>이력(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="114"/>
        <source>Who changed the article, and compare its revisions</source>
        <translation>누가 기사를 바꿨는지 보고 수정 이력을 비교합니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="119"/>
        <source>Waiting for re&amp;view</source>
        <translation>검토 대기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="120"/>
        <source>List only articles submitted or in review</source>
        <translation>송고되었거나 검토 중인 기사만 봅니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="125"/>
        <source>S&amp;witch user…</source>
        <translation>사용자 바꾸기(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="126"/>
        <source>Work as another person of the newsroom</source>
        <translation>편집국의 다른 사람으로 작업합니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="131"/>
        <source>Export &amp;hand-off file…</source>
        <translation>전달 파일 내보내기(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="132"/>
        <source>Save the selected articles with their photos in one file</source>
        <translation>고른 기사를 사진과 함께 파일 하나로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="137"/>
        <source>&amp;Import hand-off file…</source>
        <translation>전달 파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="138"/>
        <source>Bring in articles from a .newsdesk file</source>
        <translation>.newsdesk 파일에서 기사를 가져옵니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_actions.py" line="172"/>
        <source>Workflow toolbar</source>
        <translation>진행 도구 모음</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="213"/>
        <source>no site folder set</source>
        <translation>내보낼 사이트 폴더가 정해지지 않음</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="215"/>
        <source>site: %1 written, %2 unchanged, %3 removed</source>
        <translation>사이트: %1개 씀, %2개 그대로, %3개 지움</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="131"/>
        <source>Publish with warnings?</source>
        <translation>경고가 있는데 출고할까요?</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="136"/>
        <source>The checks found %1 warning(s):</source>
        <translation>점검에서 경고 %1건이 나왔습니다:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="132"/>
        <source>Publish &amp;anyway</source>
        <translation>그래도 출고(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="128"/>
        <source>Submit with warnings?</source>
        <translation>경고가 있는데 송고할까요?</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="129"/>
        <source>Submit &amp;anyway</source>
        <translation>그래도 송고(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="151"/>
        <source>Not submitted</source>
        <translation>송고하지 못함</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="154"/>
        <source>Fix %1 error(s) before sending the article to the desk:</source>
        <translation>데스크에 보내기 전에 오류 %1개를 고치세요:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="158"/>
        <source>Double-click a problem in Checks to go to it.</source>
        <translation>점검 창에서 문제를 두 번 누르면 그 자리로 갑니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="166"/>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="170"/>
        <source>Unpublish article?</source>
        <translation>출고를 취소할까요?</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="171"/>
        <source>Take %1 off the site?</source>
        <translation>%1 기사를 사이트에서 내릴까요?</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="173"/>
        <source>Its public page goes away: readers following a link or a search result find nothing there, and servers it was sent to remove it too. The article stays here and can be published again under the same number.</source>
        <translation>공개 페이지가 사라집니다. 링크나 검색 결과로 찾아온 독자는 아무것도 볼 수 없고, 기사를 보낸 서버에서도 지워집니다. 기사는 여기 남아 있어 같은 번호로 다시 출고할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="181"/>
        <source>&amp;Unpublish</source>
        <translation>출고 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="195"/>
        <source>Published because their scheduled time has passed:</source>
        <translation>예약 시각이 지나 출고했습니다:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_dialogs.py" line="202"/>
        <source>Not published (still scheduled):</source>
        <translation>출고하지 못했습니다 (예약 유지):</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/article_banners.py" line="80"/>
        <source>Returned by the desk</source>
        <extracomment>The desk&apos;s note is what the reporter must act on: above facts like a schedule.</extracomment>
        <translation>데스크 반려</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/article_banners.py" line="81"/>
        <source>the desk</source>
        <translation>데스크</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/article_banners.py" line="82"/>
        <source>Returned by the desk: %1 — %2, %3</source>
        <translation>데스크 반려: %1 — %2, %3</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/article_banners.py" line="91"/>
        <source>Scheduled to publish: %1</source>
        <translation>예약 출고: %1</translation>
    </message>
</context>
<context>
    <name>WorkflowController</name>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_controller.py" line="70"/>
        <source>Who you are working as (File ▸ Switch user)</source>
        <translation>지금 작업하는 사람 (파일 ▸ 사용자 바꾸기)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_controller.py" line="78"/>
        <source>&amp;Comments</source>
        <translation>메모(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_controller.py" line="124"/>
        <source>Working as %1</source>
        <translation>%1(으)로 작업합니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_controller.py" line="182"/>
        <source>Not allowed</source>
        <translation>권한이 없습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_controller.py" line="184"/>
        <source>Cannot do that</source>
        <translation>할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_controller.py" line="226"/>
        <source>Unpublished — %1</source>
        <translation>출고 취소 — %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_controller.py" line="236"/>
        <source>Done: %1</source>
        <translation>완료: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_controller.py" line="252"/>
        <source>Not submitted: fix the errors listed in Checks</source>
        <translation>송고하지 못했습니다: 점검 창의 오류를 고치세요</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_controller.py" line="259"/>
        <source>Not submitted</source>
        <translation>송고하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_controller.py" line="264"/>
        <source>Submitted to the desk</source>
        <translation>데스크에 송고했습니다</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_controller.py" line="282"/>
        <source>Choose who you are first (File ▸ Switch user…).</source>
        <translation>먼저 사용자를 고르세요 (파일 ▸ 사용자 바꾸기…).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_controller.py" line="297"/>
        <source>Published as no. %1 — %2</source>
        <translation>%1번 기사로 출고 — %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_controller.py" line="321"/>
        <source>Scheduled for %1 (Korea time)</source>
        <translation>%1 (한국 시각) 출고 예약</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_controller.py" line="349"/>
        <source>Not published: fix the errors listed in Checks</source>
        <translation>출고하지 못했습니다: 점검 창의 오류를 고치세요</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/workflow/workflow_controller.py" line="391"/>
        <source>Revision restored</source>
        <translation>이전 판으로 되돌렸습니다</translation>
    </message>
</context>
<context>
    <name>WritingTools</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/writing_tools.py" line="205"/>
        <source>Format toolbar</source>
        <extracomment>The sizes Ctrl+= / Ctrl+- step through, in percent of the normal size.</extracomment>
        <translation>서식 도구 모음</translation>
    </message>
</context>
</TS>
